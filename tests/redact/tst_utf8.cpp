// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "redact/text/Utf8.h"

#include <QTest>

#include <string>

using veil::redact::CodePointIndex;
using veil::redact::findInvalidUtf8;

class TestUtf8 : public QObject {
    Q_OBJECT

private slots:
    void validation_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("badOffset");  // -1: valid

        QTest::newRow("empty") << QByteArray() << -1;
        QTest::newRow("ascii") << QByteArray("call me") << -1;
        QTest::newRow("accents") << QByteArray("Jos\xC3\xA9") << -1;
        QTest::newRow("devanagari") << QByteArray("\xE0\xA4\xAA\xE0\xA5\x8D") << -1;
        QTest::newRow("emoji") << QByteArray("hi \xF0\x9F\x98\x80!") << -1;
        QTest::newRow("lone continuation") << QByteArray("ab\x80") << 2;
        QTest::newRow("truncated 3-byte") << QByteArray("x\xE0\xA4") << 1;
        QTest::newRow("overlong slash") << QByteArray("\xC0\xAF") << 0;
        QTest::newRow("overlong 3-byte") << QByteArray("\xE0\x80\xAF") << 0;
        QTest::newRow("surrogate") << QByteArray("ok\xED\xA0\x80") << 2;
        QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << 0;
        QTest::newRow("invalid lead 0xFF") << QByteArray("a\xFF") << 1;
    }

    void validation()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, badOffset);
        const auto error
            = findInvalidUtf8(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
        if (badOffset < 0) {
            QVERIFY2(!error.has_value(), "valid UTF-8 reported invalid");
        } else {
            QVERIFY(error.has_value());
            QCOMPARE(error->byteOffset, static_cast<std::size_t>(badOffset));
        }
    }

    void codePointOffsets()
    {
        // "é" is 2 bytes, "😀" 4 bytes: byte offsets and code point offsets differ.
        const std::string text = "\xC3\xA9 \xF0\x9F\x98\x80 555";
        const CodePointIndex index(text);
        QCOMPARE(index.codePointCount(), std::size_t { 7 });
        QCOMPARE(index.toCodePoint(0), std::size_t { 0 });
        QCOMPARE(index.toCodePoint(2), std::size_t { 1 });  // the space after é
        QCOMPARE(index.toCodePoint(3), std::size_t { 2 });  // the emoji
        QCOMPARE(index.toCodePoint(7), std::size_t { 3 });  // space after the emoji
        QCOMPARE(index.toCodePoint(8), std::size_t { 4 });  // first '5'
        QCOMPARE(index.toCodePoint(text.size()), std::size_t { 7 });
    }
};

QTEST_APPLESS_MAIN(TestUtf8)
#include "tst_utf8.moc"
