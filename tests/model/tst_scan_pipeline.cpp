// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// model::ScanPipeline (veilctl scan): JSONL in and out, code point offsets,
// order under --jobs, --mask, and bad lines reported with their numbers.

#include "model/scan/ScanPipeline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <sstream>

using namespace veil;

namespace {

std::shared_ptr<const redact::Detector> detector()
{
    static const auto instance = redact::Detector::create(redact::Catalogue::builtin()).value();
    return instance;
}

struct Run {
    std::string out;
    std::string err;
    model::ScanPipeline::Report report;
};

Run scan(const std::string& input, int jobs = 1, bool mask = false)
{
    std::istringstream in(input);
    std::ostringstream out;
    std::ostringstream err;
    const model::ScanPipeline pipeline(detector(), { jobs, mask });
    Run run;
    run.report = pipeline.run(in, out, err);
    run.out = out.str();
    run.err = err.str();
    return run;
}

QByteArray line(const QString& id, const QString& text)
{
    QJsonObject o;
    o[QStringLiteral("id")] = id;
    o[QStringLiteral("text")] = text;
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

QList<QJsonObject> parse(const std::string& out)
{
    QList<QJsonObject> objects;
    for (const QByteArray& l : QByteArray::fromStdString(out).split('\n')) {
        if (!l.isEmpty()) {
            QJsonParseError error {};
            const QJsonDocument doc = QJsonDocument::fromJson(l, &error);
            if (error.error != QJsonParseError::NoError) {
                qWarning() << "bad output line" << l;
                return {};
            }
            objects << doc.object();
        }
    }
    return objects;
}

}  // namespace

class TestScanPipeline : public QObject {
    Q_OBJECT

private slots:
    void codePointOffsets_data();
    void codePointOffsets();
    void keepsInputOrderWithJobs();
    void masksText();
    void reportsBadLines();
    void keepsIdsAsWritten();
};

void TestScanPipeline::codePointOffsets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("value");
    const auto row = [](const char* name, const char* text, const char* value) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(value);
    };
    row("ascii", "mail kofi@gmail.com now", "kofi@gmail.com");
    row("after emoji", "🙂🙂 mail kofi@gmail.com now", "kofi@gmail.com");
    row("after flag and skin tone", "🇳🇬🤝🏾 call +44 7911 123456", "+44 7911 123456");
    row("after accents", "Café crème, écris à zoé.martin@posteo.fr", "zoé.martin@posteo.fr");
    row("after devanagari", "नमस्ते, मेरा ईमेल kofi@gmail.com है", "kofi@gmail.com");
    row("decomposed accent name", "Tell Rene\u0301e Dubois I said hi", "Rene\u0301e Dubois");
    row("cjk before", "你好 🙂 IP 203.0.113.45 挂了", "203.0.113.45");
}

void TestScanPipeline::codePointOffsets()
{
    QFETCH(QString, text);
    QFETCH(QString, value);
    const Run run = scan(line(QStringLiteral("x"), text).toStdString());
    QCOMPARE(run.report.skipped, std::size_t { 0 });
    const QList<QJsonObject> objects = parse(run.out);
    QCOMPARE(objects.size(), 1);
    // Expected offsets in code points (Python str indices), not UTF-16 or bytes.
    const QList<uint> ucs4 = text.toUcs4();
    const QList<uint> needle = value.toUcs4();
    qsizetype start = -1;
    for (qsizetype i = 0; i + needle.size() <= ucs4.size(); ++i) {
        if (ucs4.mid(i, needle.size()) == needle) {
            start = i;
            break;
        }
    }
    QVERIFY(start >= 0);
    bool found = false;
    for (const QJsonValue& v : objects.first()[QStringLiteral("spans")].toArray()) {
        const QJsonObject s = v.toObject();
        if (s[QStringLiteral("start")].toInteger() == start
            && s[QStringLiteral("end")].toInteger() == start + needle.size()) {
            found = true;
        }
    }
    QVERIFY2(found, run.out.c_str());
}

void TestScanPipeline::keepsInputOrderWithJobs()
{
    std::string input;
    for (int i = 0; i < 30000; ++i) {
        input += line(QString::number(i),
                      i % 3 == 0 ? QStringLiteral("call +44 7911 123456 please")
                                 : QStringLiteral("nothing to see in message %1").arg(i))
                     .toStdString();
    }
    const Run one = scan(input, 1);
    const Run four = scan(input, 4);
    QCOMPARE(one.report.scanned, std::size_t { 30000 });
    QCOMPARE(four.report.scanned, std::size_t { 30000 });
    QVERIFY(one.out == four.out);
    const QList<QJsonObject> objects = parse(four.out);
    QCOMPARE(objects.size(), 30000);
    for (int i = 0; i < objects.size(); i += 997) {
        QCOMPARE(objects[i][QStringLiteral("id")].toString(), QString::number(i));
    }
}

void TestScanPipeline::masksText()
{
    const Run run
        = scan(line(QStringLiteral("m"), QStringLiteral("Ping \"me\" on +44 7911 123456\tor kofi@gmail.com"))
                   .toStdString(),
               1, true);
    const QList<QJsonObject> objects = parse(run.out);
    QCOMPARE(objects.size(), 1);
    QCOMPARE(objects.first()[QStringLiteral("text")].toString(),
             QStringLiteral("Ping \"me\" on [PHONE]\tor [EMAIL]"));
}

void TestScanPipeline::reportsBadLines()
{
    std::string input;
    input += line(QStringLiteral("a"), QStringLiteral("ok")).toStdString();
    input += "{\"id\": \"b\", \"text\": \"unterminated}\n";  // line 2: bad JSON
    input += "\n";  // line 3: blank, ignored
    input += "{\"id\": \"c\", \"text\": \"bad \xff byte\"}\n";  // line 4: bad UTF-8
    input += "{\"id\": \"d\"}\n";  // line 5: no text
    input += "[1, 2]\n";  // line 6: not an object
    input += line(QStringLiteral("e"), QStringLiteral("fine")).toStdString();
    const Run run = scan(input);
    QCOMPARE(run.report.lines, std::size_t { 6 });
    QCOMPARE(run.report.scanned, std::size_t { 2 });
    QCOMPARE(run.report.skipped, std::size_t { 4 });
    const QString err = QString::fromStdString(run.err);
    QVERIFY2(err.contains(QStringLiteral("line 2: not valid JSON")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("line 4: not valid UTF-8")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("line 5: missing string field \"text\"")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("line 6: not a JSON object")), qPrintable(err));
    const QList<QJsonObject> objects = parse(run.out);
    QCOMPARE(objects.size(), 2);
    QCOMPARE(objects[1][QStringLiteral("id")].toString(), QStringLiteral("e"));
}

void TestScanPipeline::keepsIdsAsWritten()
{
    const Run run = scan("{\"text\": \"hi\", \"id\": 42}\n{\"id\": \"a\\\"b\", \"text\": \"x\"}\n");
    const QList<QJsonObject> objects = parse(run.out);
    QCOMPARE(objects.size(), 2);
    QCOMPARE(objects[0][QStringLiteral("id")].toInt(), 42);
    QCOMPARE(objects[1][QStringLiteral("id")].toString(), QStringLiteral("a\"b"));
}

QTEST_GUILESS_MAIN(TestScanPipeline)
#include "tst_scan_pipeline.moc"
