// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "BatchSurgeon.h"

#include "model/batch/BatchBuilder.h"
#include "model/batch/BatchFormat.h"
#include "model/batch/BatchReader.h"
#include "model/batch/ConversationMasker.h"
#include "model/batch/RawConversation.h"
#include "model/batch/RawConversationParser.h"
#include "model/keys/KeyFactory.h"
#include "model/scan/DetectorFactory.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace veil::model;

namespace {

QByteArray drawnImagePng()
{
    QImage image(120, 160, QImage::Format_RGB32);
    image.fill(QColor(200, 120, 90));
    for (int y = 40; y < 100; ++y) {
        for (int x = 30; x < 90; ++x) {
            image.setPixelColor(x, y, QColor(240, 200, 170));
        }
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

QByteArray jsonLine(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

QJsonObject message(const QString& role, const QString& text)
{
    return { { QStringLiteral("role"), role },
             { QStringLiteral("text"), text },
             { QStringLiteral("time"), QStringLiteral("2026-11-20T09:14:00Z") } };
}

/// Values planted in the raw input; none may appear in any masked text.
const QStringList kOriginals = {
    QStringLiteral("anna.kowalski@gmail.com"),
    QStringLiteral("boris.nowakow@gmail.com"),
    QStringLiteral("+44 7700 900123"),
    QStringLiteral("4539 1488 0343 6467"),
    QStringLiteral("Zoë Fischer"),
};

}  // namespace

class TestBatch : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<SecretKey> m_root;
    std::optional<SecretKey> m_issuer;
    std::optional<SecretKey> m_workstation;
    std::optional<SecretKey> m_otherWorkstation;
    std::shared_ptr<const veil::redact::Detector> m_detector;
    QString m_rawPath;
    QString m_batchPath;
    QByteArray m_image;

    BatchReader::Options options(const SecretKey* workstation) const
    {
        BatchReader::Options result;
        result.trust.addRoot(m_root->publicKey);
        result.workstation = workstation;
        return result;
    }

    BatchOpenResult openBytes(const QByteArray& bytes,
                              const QString& name = QStringLiteral("variant.veilbatch")) const
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(bytes);
        file.close();
        return BatchReader::open(path, options(&*m_workstation));
    }

    QByteArray batchBytes() const
    {
        QFile file(m_batchPath);
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_root = KeyFactory::generateRoot(QStringLiteral("Test org"));
        m_issuer = std::move(KeyFactory::generateIssuer(QStringLiteral("Test issuer"), *m_root,
                                                        QDateTime::currentDateTimeUtc().addDays(365)))
                       .value();
        m_workstation = KeyFactory::generateWorkstation(QStringLiteral("ws-1"));
        m_otherWorkstation = KeyFactory::generateWorkstation(QStringLiteral("ws-2"));
        auto detector = DetectorFactory::create();
        QVERIFY2(detector, qPrintable(detector.error()));
        m_detector = detector.value();
        m_image = drawnImagePng();

        QByteArray raw;
        raw += jsonLine(
            { { QStringLiteral("id"), QStringLiteral("conv-1") },
              { QStringLiteral("messages"),
                QJsonArray {
                    message(QStringLiteral("user"),
                            QStringLiteral("Write to anna.kowalski@gmail.com and boris.nowakow@gmail.com, "
                                           "then ring me on +44 7700 900123 😀")),
                    message(QStringLiteral("assistant"),
                            QStringLiteral("Sure, I will draft it for anna.kowalski@gmail.com.")) } } });
        raw += jsonLine(
            { { QStringLiteral("id"), QStringLiteral("conv-2") },
              { QStringLiteral("messages"),
                QJsonArray {
                    message(QStringLiteral("user"),
                            QStringLiteral("Why was my card 4539 1488 0343 6467 declined? Zoë Fischer")) } },
              { QStringLiteral("spans"),
                QJsonArray { QJsonObject { { QStringLiteral("message"), 0 },
                                           { QStringLiteral("start"), 46 },
                                           { QStringLiteral("end"), 57 },
                                           { QStringLiteral("category"), QStringLiteral("PERSON") } } } } });
        raw += jsonLine(
            { { QStringLiteral("id"), QStringLiteral("conv-3") },
              { QStringLiteral("messages"),
                QJsonArray { message(QStringLiteral("user"), QStringLiteral("Here is my selfie")) } },
              { QStringLiteral("attachments"),
                QJsonArray { QJsonObject {
                    { QStringLiteral("message"), 0 },
                    { QStringLiteral("mime"), QStringLiteral("image/png") },
                    { QStringLiteral("data_base64"), QString::fromLatin1(m_image.toBase64()) } } } } });
        m_rawPath = m_dir.filePath(QStringLiteral("raw.jsonl"));
        QFile file(m_rawPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(raw);
        file.close();

        m_batchPath = m_dir.filePath(QStringLiteral("b.veilbatch"));
        BatchBuilder builder(m_detector, *m_issuer, m_workstation->publicKey);
        BatchBuilder::Options build;
        build.inputPath = m_rawPath;
        build.outputPath = m_batchPath;
        build.expires = QDateTime::currentDateTimeUtc().addDays(14);
        auto report = builder.build(build);
        QVERIFY2(report, qPrintable(report.error()));
        QCOMPARE(report.value().tasks, 3);
    }

    void roundTripKeepsOriginalsSealed()
    {
        auto opened = BatchReader::open(m_batchPath, options(&*m_workstation));
        QVERIFY2(opened, qPrintable(opened.message));
        const BatchReader& reader = *opened.reader;
        QCOMPARE(reader.taskCount(), 3);
        QVERIFY(!reader.header().policy.isEmpty());
        QVERIFY(!reader.header().rubric.isEmpty());

        // Nothing planted is readable in the file itself.
        const QByteArray file = batchBytes();
        for (const QString& original : kOriginals) {
            QVERIFY2(!file.contains(original.toUtf8()), qPrintable(original));
        }

        QStringList revealed;
        for (int t = 0; t < reader.taskCount(); ++t) {
            auto task = reader.task(t);
            QVERIFY2(task, qPrintable(task.error()));
            for (const MaskedMessage& m : task.value().messages) {
                for (const QString& original : kOriginals) {
                    QVERIFY2(!m.text.contains(original), qPrintable(m.text));
                }
                for (const MaskedSpan& span : m.spans) {
                    QCOMPARE(m.text.mid(span.start, span.end - span.start),
                             QLatin1Char('[') + span.label + QLatin1Char(']'));
                    auto original = reader.openOriginal(t, span.spanId);
                    QVERIFY2(original, qPrintable(original.error()));
                    revealed << QString::fromUtf8(original.value().view().toByteArray());
                }
            }
            for (const MaskedImage& image : task.value().images) {
                auto original = reader.openOriginal(t, image.spanId);
                QVERIFY(original);
                QCOMPARE(original.value().view().toByteArray(), m_image);
                QImage preview;
                QVERIFY(preview.loadFromData(image.previewPng));
                QCOMPARE(image.width, 120);
                // The preview holds at most 10×10 distinct cells.
                QSet<QRgb> colours;
                for (int y = 0; y < preview.height(); ++y) {
                    for (int x = 0; x < preview.width(); ++x) {
                        colours.insert(preview.pixel(x, y));
                    }
                }
                QVERIFY2(colours.size() <= 100, "preview is coarse");
            }
        }
        for (const QString& original : kOriginals) {
            QVERIFY2(revealed.contains(original),
                     qPrintable(QStringLiteral("%1 not sealed as one span").arg(original)));
        }
    }

    void samePersonKeepsItsPlaceholder()
    {
        auto opened = BatchReader::open(m_batchPath, options(&*m_workstation));
        QVERIFY(opened);
        const MaskedTask task = opened.reader->task(0).value();
        const MaskedSpan first = task.messages[0].spans.first();
        QCOMPARE(first.label, QStringLiteral("EMAIL 1"));
        QCOMPARE(task.messages[0].spans[1].label, QStringLiteral("EMAIL 2"));
        QCOMPARE(task.messages[1].spans.first().label, QStringLiteral("EMAIL 1"));
        QVERIFY(task.messages[0].text.endsWith(QStringLiteral("😀")));
    }

    void aValueMaskedOnceIsMaskedEverywhere()
    {
        RawConversation raw;
        raw.id = QStringLiteral("t");
        raw.messages
            = { { QStringLiteral("user"), QStringLiteral("My neighbour Zorvath 😀 keeps parking here"), {} },
                { QStringLiteral("assistant"),
                  QStringLiteral("Have you asked zorvath directly? The Zorvathian embassy is unrelated."),
                  {} } };
        raw.spans = { { 0, 13, 20, QStringLiteral("PERSON") } };
        const ConversationMasker masker(nullptr);
        auto masked = masker.mask(raw);
        QVERIFY2(masked, qPrintable(masked.error()));
        QCOMPARE(masked.value().task.messages[0].text,
                 QStringLiteral("My neighbour [PERSON 1] 😀 keeps parking here"));
        QCOMPARE(masked.value().task.messages[1].text,
                 QStringLiteral("Have you asked [PERSON 1] directly? The Zorvathian embassy is unrelated."));
        QCOMPARE(masked.value().originals.size(), 2);
    }

    /// The builder's UTF-8 path (RawConversationParser + maskInto) must give
    /// what the Qt path (RawConversation::parse + mask + encodeMaskedTask)
    /// gives, byte for byte, originals included, on every line it accepts.
    void fastPathEncodesLikeTheQtPath_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("fast");
        const auto row = [](const char* name, const QByteArray& line, bool fast) {
            QTest::newRow(name) << line << fast;
        };
        row("detected and repeated, other case",
            R"({"id":"a","messages":[{"role":"user","text":"I am Priya Sharma, mail priya.sharma@gmail.com"},)"
            R"({"role":"assistant","text":"Hello PRIYA SHARMA and   priya   sharma, priya sharma!"}]})",
            true);
        row("ASCII value beside other scripts",
            R"({"id":"a2","messages":[{"role":"user","text":"I am Chen Wei, call me +44 7700 900123"},)"
            R"({"role":"assistant","text":"éChen Wei, 😀Chen Wei, Chen Weiü, 中Chen Wei中, «chen wei» 🙏"}]})",
            true);
        row("non-ASCII values and texts",
            R"({"id":"b","messages":[{"role":"user","text":"Ich bin Zoë Fischer aus der Straße 5 😀, Søren Østergaard"},)"
            R"({"role":"assistant","text":"Hallo ZOË FISCHER, zoë fischer und Søren"}],"spans":)"
            R"([{"message":0,"start":8,"end":19,"category":"PERSON"},{"message":1,"start":6,"end":17,"category":"PERSON"}]})",
            true);
        row("case folding beyond ASCII",
            "{\"id\":\"c\",\"messages\":[{\"role\":\"user\",\"text\":\"The \xe2\x84\xaa"
            "elvin unit, "
            "\xc5\xbf"
            "am\"},"
            "{\"role\":\"assistant\",\"text\":\"kelvin and Kelvin, sam SAM\"}],"
            "\"spans\":[{\"message\":0,\"start\":4,\"end\":10,\"category\":\"PERSON\"},"
            "{\"message\":0,\"start\":17,\"end\":20,\"category\":\"PERSON\"}]}",
            true);
        row("escapes and control characters",
            "{\"id\":\"d\\\"q\",\"messages\":[{\"role\":\"user\",\"text\":\"tab\\there \\\"q\\\" \\\\ \\/ "
            "\\u0001\\u001f\\u007f \\u0000 \\ud83d\\ude00 call +44 7700 "
            "900123\",\"time\":\"2026-11-20T09:14:00Z\"}]}",
            true);
        row("upstream wins over detected, overlaps merge",
            R"({"id":"e","messages":[{"role":"user","text":"Mail john.smith@gmail.com now, John Smith"}],"spans":)"
            R"([{"message":0,"start":5,"end":15,"category":"PERSON"},{"message":0,"start":10,"end":30,"category":"GOV_ID"}]})",
            true);
        QByteArray many = "{\"id\":\"f\",\"messages\":[{\"role\":\"user\",\"text\":\"";
        for (int i = 0; i < 90; ++i) {
            many += "anna.kowalski" + QByteArray::number(i % 45) + "@gmail.com ";
        }
        many += "\"}],\"spans\":[{\"message\":0,\"start\":0,\"end\":17,\"category\":\"EMAIL\"}]}";
        row("more cuts and labels than the small paths handle", many, true);
        // U+FEFF inside text is a character, not a byte-order mark: raw or
        // escaped, at the start of a message or of a span, it stays (a fuzz
        // finding: Qt dropped it and every offset after it shifted).
        row("raw U+FEFF starting a message and a span",
            "{\"id\":\"l\",\"messages\":[{\"role\":\"user\",\"text\":\"\xef\xbb\xbf"
            "Bob hi\"}],\"spans\":[{\"message\":0,\"start\":0,\"end\":4,\"category\":\"PERSON\"}]}",
            true);
        // fuzz_batch_records: QString::fromUtf8 dropped the U+FEFF starting
        // the value and the message on the UTF-8 path's QString fallback, so
        // "222" alone was searched for and masked as a repeat.
        row("raw U+FEFF starting a non-ASCII value that repeats only without it",
            "{\"id\":\"x\",\"messages\":[{\"role\":\"user\",\"text\":\"\xef\xbb\xbf"
            "2222222222'222@2222222222222222222Bob hiQ\"}],\"spans\":[{\"message\":0,\"start\":0,\"end\":4,"
            "\"category\":\"PERSON\"}]}",
            true);
        row("escaped U+FEFF starting a span mid-message",
            R"({"id":"m","messages":[{"role":"user","text":"hi \ufeffBob"}],"spans":)"
            R"([{"message":0,"start":3,"end":7,"category":"PERSON"}]})",
            true);
        row("time with milliseconds (Qt path)",
            R"({"id":"g","messages":[{"role":"user","text":"x","time":"2026-11-20T09:14:00.123Z"}]})", false);
        row("duplicate key (Qt path)", R"({"id":"h","id":"i","messages":[{"role":"user","text":"x"}]})",
            false);
        row("integral float index (Qt path)",
            R"({"id":"j","messages":[{"role":"user","text":"hello"}],"spans":[{"message":0.0,"start":0,"end":2,"category":"PERSON"}]})",
            false);
        row("lone surrogate escape (Qt path)",
            "{\"id\":\"k\",\"messages\":[{\"role\":\"user\",\"text\":\"a \\udc00 b\"}]}", false);
    }

    void fastPathEncodesLikeTheQtPath()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, fast);
        QList<QByteArray> lines { line };
        if (QTest::currentDataTag() == QByteArrayLiteral("detected and repeated, other case")) {
            // The demo conversations too: many scripts, times, upstream spans.
            QFile demo(QStringLiteral(VEIL_SOURCE_DIR "/resources/demo/conversations.jsonl"));
            QVERIFY(demo.open(QIODevice::ReadOnly));
            lines += demo.readAll().split('\n');
        }
        const ConversationMasker masker(m_detector);
        RawConversationParser parser;
        RawConversationView view;
        EncodedTask encoded;
        int compared = 0;
        for (QByteArray each : lines) {
            if (each.trimmed().isEmpty()) {
                continue;
            }
            const qsizetype size = each.size();
            each.append(QByteArray(static_cast<qsizetype>(RawConversationParser::padding()), '\0'));
            const std::string_view bytes(each.constData(), static_cast<std::size_t>(size));
            const bool accepted = parser.parse(bytes, view);
            if (each.contains("attachments")) {
                QVERIFY(!accepted);
                continue;
            }
            if (lines.size() == 1) {
                QCOMPARE(accepted, fast);
            }
            if (!accepted) {
                continue;
            }
            auto raw = RawConversation::parse(QByteArrayView(each.constData(), size), QDir(m_dir.path()));
            QVERIFY2(raw, qPrintable(raw.error()));
            auto masked = masker.mask(raw.value());
            const Status encodedStatus = masker.maskInto(view, encoded);
            QCOMPARE(bool(encodedStatus), bool(masked));
            if (!masked) {
                QCOMPARE(encodedStatus.error(), masked.error());
                continue;
            }
            QCOMPARE(QByteArray::fromStdString(encoded.maskedJson),
                     veil::model::batchformat::encodeMaskedTask(masked.value().task));
            QCOMPARE(QString::fromStdString(encoded.id), raw.value().id);
            QCOMPARE(qsizetype(encoded.originals.size()), masked.value().originals.size());
            for (std::size_t i = 0; i < encoded.originals.size(); ++i) {
                const SpanOriginal& expected = masked.value().originals[static_cast<qsizetype>(i)];
                QCOMPARE(encoded.originals[i].spanId, expected.spanId);
                QCOMPARE(QByteArray(encoded.originals[i].plaintext.data(),
                                    static_cast<qsizetype>(encoded.originals[i].plaintext.size())),
                         expected.plaintext);
            }
            if (QTest::currentDataTag() == QByteArrayLiteral("raw U+FEFF starting a message and a span")) {
                QCOMPARE(masked.value().originals.value(0).plaintext,
                         QByteArray("\xef\xbb\xbf"
                                    "Bob"));
                QCOMPARE(masked.value().task.messages.value(0).text, QStringLiteral("[PERSON 1] hi"));
            }
            ++compared;
        }
        QVERIFY(compared > 0 || !fast);
    }

    void otherWorkstationCannotOpen()
    {
        auto opened = BatchReader::open(m_batchPath, options(&*m_otherWorkstation));
        QVERIFY(!opened);
        QCOMPARE(opened.refusal, BatchRefusal::NotForThisWorkstation);
        QVERIFY2(opened.message.contains(m_workstation->publicKey.keyId()), qPrintable(opened.message));
        QVERIFY(opened.message.startsWith(m_batchPath));
    }

    void originalMovedToAnotherSpanDoesNotOpen()
    {
        // An insider with the issuer key swaps two equal-length sealed
        // originals and re-signs: the associated data still refuses them.
        const QByteArray forged = resign(swapOriginals(batchBytes(), 0, 0, 1), *m_issuer);
        auto opened = openBytes(forged);
        QVERIFY2(opened, qPrintable(opened.message));
        auto moved = opened.reader->openOriginal(0, 0);
        QVERIFY(!moved);
        QVERIFY2(moved.error().contains(QLatin1String("does not decrypt")), qPrintable(moved.error()));
        QVERIFY(opened.reader->openOriginal(0, 2));  // untouched spans still open
    }

    void recordsRewrappedByAnotherIssuerDoNotOpen()
    {
        // A second issuer certified by the same root copies this batch's
        // sealed keys and records under a header naming itself, and signs it.
        auto other = KeyFactory::generateIssuer(QStringLiteral("Other issuer"), *m_root,
                                                QDateTime::currentDateTimeUtc().addDays(30));
        QVERIFY(other);
        auto opened = BatchReader::open(m_batchPath, options(&*m_workstation));
        QVERIFY(opened);
        BatchHeader header = opened.reader->header();
        header.issuer = other.value().publicKey;
        const QByteArray forged
            = replaceHeader(batchBytes(), veil::model::batchformat::encodeHeader(header), other.value());
        auto reopened = openBytes(forged);
        QVERIFY2(reopened, qPrintable(reopened.message));  // a valid batch by a trusted issuer…
        auto task = reopened.reader->task(0);
        QVERIFY(!task);  // …whose records do not open under it
        QVERIFY2(task.error().contains(QLatin1String("does not decrypt")), qPrintable(task.error()));
    }

    void everyRegionTamperedIsRefused()
    {
        const QByteArray good = batchBytes();
        const BatchLayout layout = layoutOf(good);
        struct Region {
            QString name;
            qsizetype start;
            qsizetype end;
            QList<BatchRefusal> allowed;
        };
        QList<Region> regions = {
            { QStringLiteral("magic"), 0, 8, { BatchRefusal::NotABatch } },
            { QStringLiteral("version"), 8, 10, { BatchRefusal::UnsupportedVersion } },
            { QStringLiteral("flags"), 10, 12, { BatchRefusal::UnsupportedVersion } },
            { QStringLiteral("header length"),
              12,
              16,
              { BatchRefusal::CorruptHeader, BatchRefusal::Truncated, BatchRefusal::CorruptIndex } },
            { QStringLiteral("header"),
              layout.headerStart,
              layout.headerEnd,
              { BatchRefusal::CorruptHeader, BatchRefusal::BadSignature } },
            { QStringLiteral("index"),
              layout.indexStart,
              layout.indexEnd,
              { BatchRefusal::CorruptIndex, BatchRefusal::BadSignature } },
            { QStringLiteral("index offset"),
              layout.indexEnd,
              layout.signatureStart,
              { BatchRefusal::CorruptIndex } },
            { QStringLiteral("signature"),
              layout.signatureStart,
              layout.endMagicStart,
              { BatchRefusal::BadSignature } },
            { QStringLiteral("end marker"), layout.endMagicStart, good.size(), { BatchRefusal::Truncated } },
        };
        for (int r = 0; r < layout.records.size(); ++r) {
            regions.append({ QStringLiteral("record %1").arg(r),
                             layout.records[r].first,
                             layout.records[r].second,
                             { BatchRefusal::CorruptRecord } });
        }
        for (const Region& region : regions) {
            const qsizetype length = region.end - region.start;
            QVERIFY2(length > 0, qPrintable(region.name));
            const QList<qsizetype> offsets = { region.start, region.start + length / 2, region.end - 1 };
            for (qsizetype offset : offsets) {
                QByteArray bad = good;
                bad[offset] = static_cast<char>(bad[offset] ^ 0x20);
                auto opened = openBytes(bad);
                const QString what
                    = QStringLiteral("%1 byte %2: %3").arg(region.name).arg(offset).arg(opened.message);
                QVERIFY2(!opened, qPrintable(what));
                QVERIFY2(region.allowed.contains(opened.refusal), qPrintable(what));
                if (opened.refusal == BatchRefusal::CorruptRecord) {
                    QCOMPARE(QStringLiteral("record %1").arg(opened.record), region.name);
                }
            }
        }
    }

    void everyTruncationIsRefused()
    {
        const QByteArray good = batchBytes();
        QList<qsizetype> cuts;
        for (qsizetype cut = 0; cut < good.size(); cut += std::max<qsizetype>(1, good.size() / 300)) {
            cuts << cut;
        }
        for (qsizetype cut = std::max<qsizetype>(0, good.size() - 100); cut < good.size(); ++cut) {
            cuts << cut;
        }
        for (qsizetype cut : cuts) {
            auto opened = openBytes(good.left(cut));
            QVERIFY2(!opened, qPrintable(QStringLiteral("cut at %1 accepted").arg(cut)));
            const BatchRefusal expected = cut < 8 ? BatchRefusal::NotABatch : BatchRefusal::Truncated;
            QVERIFY2(opened.refusal == expected,
                     qPrintable(QStringLiteral("cut at %1: %2").arg(cut).arg(opened.message)));
        }
    }

    void expiredUnknownIssuerAndNewerVersionAreRefused()
    {
        BatchReader::Options later = options(&*m_workstation);
        later.now = QDateTime::currentDateTimeUtc().addDays(15);
        auto expired = BatchReader::open(m_batchPath, later);
        QCOMPARE(expired.refusal, BatchRefusal::Expired);
        QVERIFY2(expired.message.contains(QLatin1String("expired on")), qPrintable(expired.message));

        BatchReader::Options foreign;
        foreign.trust.addRoot(KeyFactory::generateRoot(QStringLiteral("other org")).publicKey);
        auto unknown = BatchReader::open(m_batchPath, foreign);
        QCOMPARE(unknown.refusal, BatchRefusal::UnknownIssuer);
        QVERIFY2(unknown.message.contains(QLatin1String("unknown issuer")), qPrintable(unknown.message));

        QByteArray newer = batchBytes();
        newer[8] = 2;
        auto version = openBytes(newer);
        QCOMPARE(version.refusal, BatchRefusal::UnsupportedVersion);
        QVERIFY2(version.message.contains(QLatin1String("version 2")), qPrintable(version.message));

        auto notBatch = openBytes(QByteArray("{\"id\": \"not a batch\"}\n"));
        QCOMPARE(notBatch.refusal, BatchRefusal::NotABatch);

        auto missing
            = BatchReader::open(m_dir.filePath(QStringLiteral("missing.veilbatch")), options(nullptr));
        QCOMPARE(missing.refusal, BatchRefusal::Unreadable);
    }

    void verifyingWithoutKeyChecksSignatureOnly()
    {
        auto opened = BatchReader::open(m_batchPath, options(nullptr));
        QVERIFY2(opened, qPrintable(opened.message));
        QVERIFY(!opened.reader->canDecrypt());
        QVERIFY(!opened.reader->task(0));
    }

    void maskedSpansAreCheckedInCodePoints()
    {
        // Found by fuzz_batch_records: "😀" is one code point but two UTF-16
        // units, so a span ending at 3 lies outside "a😀".
        const QByteArray json
            = QStringLiteral("{\"id\":\"t\",\"messages\":[{\"role\":\"user\",\"text\":\"a😀\","
                             "\"spans\":[{\"span\":0,\"start\":0,\"end\":3}]}]}")
                  .toUtf8();
        QVERIFY(!veil::model::batchformat::decodeMaskedTask(json));
        QByteArray inside = json;
        inside.replace("\"end\":3", "\"end\":2");
        QVERIFY(veil::model::batchformat::decodeMaskedTask(inside));
        // Overlapping spans or a reused span id would let a chip hide text or
        // a reveal open the wrong value: refused.
        const QByteArray overlapping = R"({"id":"t","messages":[{"role":"user","text":"abcdefgh","spans":[)"
                                       R"({"span":0,"start":0,"end":4},{"span":1,"start":3,"end":6}]}]})";
        QVERIFY(!veil::model::batchformat::decodeMaskedTask(overlapping));
        const QByteArray reused = R"({"id":"t","messages":[{"role":"user","text":"abcdefgh","spans":[)"
                                  R"({"span":0,"start":0,"end":2},{"span":0,"start":3,"end":6}]}]})";
        QVERIFY(!veil::model::batchformat::decodeMaskedTask(reused));
    }

    void messageStartingWithFeffKeepsIt()
    {
        // U+FEFF starting a message that stays unmasked: Qt's JSON reader
        // dropped it when the task was read back, so the span after it
        // pointed past the message and the record was refused as corrupt.
        const QString rawPath = m_dir.filePath(QStringLiteral("feff.jsonl"));
        QFile raw(rawPath);
        QVERIFY(raw.open(QIODevice::WriteOnly));
        raw.write("{\"id\":\"feff\",\"messages\":[{\"role\":\"user\",\"text\":\"\xef\xbb\xbf"
                  "hi Bob\"}],\"spans\":[{\"message\":0,\"start\":4,\"end\":7,\"category\":\"PERSON\"}]}\n");
        raw.close();
        BatchBuilder builder(SpanFinder {}, *m_issuer, m_workstation->publicKey);
        BatchBuilder::Options build;
        build.inputPath = rawPath;
        build.outputPath = m_dir.filePath(QStringLiteral("feff.veilbatch"));
        build.expires = QDateTime::currentDateTimeUtc().addDays(1);
        auto report = builder.build(build);
        QVERIFY2(report, qPrintable(report.error()));
        auto opened = BatchReader::open(build.outputPath, options(&*m_workstation));
        QVERIFY2(opened, qPrintable(opened.message));
        auto task = opened.reader->task(0);
        QVERIFY2(task, qPrintable(task.error()));
        const MaskedMessage& message = task.value().messages.value(0);
        QCOMPARE(message.text, QString(QChar(0xFEFF)) + QStringLiteral("hi [PERSON 1]"));
        QCOMPARE(message.spans.size(), 1);
        QCOMPARE(message.text.mid(message.spans[0].start, message.spans[0].end - message.spans[0].start),
                 QStringLiteral("[PERSON 1]"));
        auto original = opened.reader->openOriginal(0, message.spans[0].spanId);
        QVERIFY2(original, qPrintable(original.error()));
        QCOMPARE(original.value().view().toByteArray(), QByteArray("Bob"));
    }

    void rawFieldsShownUnmaskedAreRestricted_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("expected");
        const QByteArray messages = R"("messages":[{"role":"user","text":"hi"}])";
        QTest::newRow("free text as time") << QByteArray(
            R"({"id":"a","messages":[{"role":"user","text":"hi","time":"call +44 7700 900123"}]})")
                                           << "time must be an ISO 8601 UTC time";
        QTest::newRow("local time") << QByteArray(
            R"({"id":"a","messages":[{"role":"user","text":"hi","time":"2026-11-20T09:14:00"}]})")
                                    << "time must be an ISO 8601 UTC time";
        QTest::newRow("mime with a name")
            << QByteArray(R"({"id":"a",)" + messages
                          + R"(,"attachments":[{"message":0,"mime":"Bob Jones passport","data_base64":""}]})")
            << "mime must be one of";
        QTest::newRow("path outside the input folder")
            << QByteArray(R"({"id":"a",)" + messages
                          + R"(,"attachments":[{"message":0,"mime":"image/png","path":"../../etc/passwd"}]})")
            << "must name a regular file in the input's folder";
        QTest::newRow("absolute path")
            << QByteArray(R"({"id":"a",)" + messages
                          + R"(,"attachments":[{"message":0,"mime":"image/png","path":"/dev/zero"}]})")
            << "must name a regular file in the input's folder";
    }

    void rawFieldsShownUnmaskedAreRestricted()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, expected);
        auto parsed = RawConversation::parse(line, QDir(m_dir.path()));
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().contains(expected), qPrintable(parsed.error()));
    }

    void duplicateOrPersonalIdsAreRefused()
    {
        const QString rawPath = m_dir.filePath(QStringLiteral("ids.jsonl"));
        QFile raw(rawPath);
        QVERIFY(raw.open(QIODevice::WriteOnly));
        raw.write(R"({"id":"same","messages":[{"role":"user","text":"one"}]})"
                  "\n");
        raw.write(R"({"id":"same","messages":[{"role":"user","text":"two"}]})"
                  "\n");
        raw.write(R"({"id":"anna.kowalski@gmail.com","messages":[{"role":"user","text":"three"}]})"
                  "\n");
        raw.close();
        BatchBuilder builder(m_detector, *m_issuer, m_workstation->publicKey);
        BatchBuilder::Options build;
        build.inputPath = rawPath;
        build.outputPath = m_dir.filePath(QStringLiteral("ids.veilbatch"));
        build.expires = QDateTime::currentDateTimeUtc().addDays(1);
        build.skipBad = true;
        auto report = builder.build(build);
        QVERIFY2(report, qPrintable(report.error()));
        QCOMPARE(report.value().tasks, 1);
        QCOMPARE(report.value().skipped.size(), 2);
        QVERIFY2(report.value().skipped[0].contains(
                     QLatin1String("line 2: id \"same\" was already used on line 1")),
                 qPrintable(report.value().skipped[0]));
        QVERIFY2(report.value().skipped[1].contains(QLatin1String("looks like it contains personal data")),
                 qPrintable(report.value().skipped[1]));
        QVERIFY(!report.value().skipped[1].contains(QLatin1String("anna")));
    }

    void malformedInputLinesAreReportedOrSkipped()
    {
        const QString rawPath = m_dir.filePath(QStringLiteral("bad.jsonl"));
        QFile raw(rawPath);
        QVERIFY(raw.open(QIODevice::WriteOnly));
        raw.write(jsonLine({ { QStringLiteral("id"), QStringLiteral("ok") },
                             { QStringLiteral("messages"),
                               QJsonArray { message(QStringLiteral("user"), QStringLiteral("hello")) } } }));
        raw.write("{not json\n");
        raw.write(jsonLine({ { QStringLiteral("id"), QStringLiteral("bad-role") },
                             { QStringLiteral("messages"),
                               QJsonArray { message(QStringLiteral("robot"), QStringLiteral("x")) } } }));
        raw.write("\"\xff\xfe\"\n");
        raw.close();

        BatchBuilder builder(m_detector, *m_issuer, m_workstation->publicKey);
        BatchBuilder::Options build;
        build.inputPath = rawPath;
        build.outputPath = m_dir.filePath(QStringLiteral("bad.veilbatch"));
        build.expires = QDateTime::currentDateTimeUtc().addDays(1);
        auto strict = builder.build(build);
        QVERIFY(!strict);
        QVERIFY2(strict.error().contains(QLatin1String("bad.jsonl line 2: not valid JSON")),
                 qPrintable(strict.error()));
        QVERIFY2(!QFile::exists(build.outputPath), "a failed build leaves no file");

        build.skipBad = true;
        auto lenient = builder.build(build);
        QVERIFY2(lenient, qPrintable(lenient.error()));
        QCOMPARE(lenient.value().tasks, 1);
        QCOMPARE(lenient.value().skipped.size(), 3);
        QVERIFY(lenient.value().skipped[1].contains(QLatin1String("line 3: messages[0].role")));
        QVERIFY(lenient.value().skipped[2].contains(QLatin1String("line 4: not valid UTF-8")));
        QVERIFY(BatchReader::open(build.outputPath, options(&*m_workstation)));
    }
};

QTEST_GUILESS_MAIN(TestBatch)
#include "tst_batch.moc"
