// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/batch/BatchBuilder.h"

#include "model/batch/BatchWriter.h"
#include "model/batch/ConversationMasker.h"
#include "model/batch/RawConversation.h"
#include "model/batch/RawConversationParser.h"
#include "model/crypto/Sodium.h"
#include "redact/detect/Detector.h"

#include <QFile>

#include <QFileInfo>
#include <QJsonDocument>

#include <cstring>
#include <string>
#include <unordered_map>

namespace veil::model {

namespace {

/// Input is read in blocks of about this size and cut into lines in place.
constexpr std::size_t kReadBlockBytes = std::size_t { 4 } << 20;

/// The input's lines, cut from large blocks (QFile::readLine copies every
/// line). Each line is followed by at least RawConversationParser::padding()
/// readable bytes, as simdjson needs.
class LineReader {
public:
    explicit LineReader(QFile& file)
        : m_file(file)
    { }

    /// The next line with its end of line, or false at the end or on error.
    bool next(std::string_view& line)
    {
        for (;;) {
            const std::size_t available = m_end - m_at;
            const char* begin = m_buffer.data() + m_at;
            if (const void* newline = std::memchr(begin, '\n', available)) {
                const auto size = static_cast<std::size_t>(static_cast<const char*>(newline) - begin) + 1;
                line = std::string_view(begin, size);
                m_at += size;
                return true;
            }
            if (m_eof) {
                if (available == 0) {
                    return false;
                }
                line = std::string_view(begin, available);
                m_at = m_end;
                return true;
            }
            // Keep the unfinished line, then read more after it.
            std::memmove(m_buffer.data(), begin, available);
            m_at = 0;
            m_end = available;
            // Grown only for a line longer than a block, so not zero-filled
            // again for every block.
            const std::size_t needed = available + kReadBlockBytes + RawConversationParser::padding();
            if (m_buffer.size() < needed) {
                m_buffer.resize(std::max(needed, 2 * m_buffer.size()));
            }
            const std::size_t want = m_buffer.size() - m_end - RawConversationParser::padding();
            const qint64 got = m_file.read(m_buffer.data() + m_end, static_cast<qint64>(want));
            if (got <= 0) {
                m_eof = true;
            } else {
                m_end += static_cast<std::size_t>(got);
            }
        }
    }

private:
    QFile& m_file;
    std::string m_buffer = std::string(RawConversationParser::padding(), '\0');
    std::size_t m_at = 0;
    std::size_t m_end = 0;
    bool m_eof = false;
};

/// The key under which a task id is remembered: its UTF-8, or — for an id
/// only the Qt path can read, with lone surrogates — its UTF-16 units after
/// a byte UTF-8 never has, so two such ids never collide.
std::string idKey(const QString& id)
{
    if (id.isValidUtf16()) {
        return id.toStdString();
    }
    std::string key(1, '\xFF');
    key.append(reinterpret_cast<const char*>(id.utf16()), static_cast<std::size_t>(id.size()) * 2);
    return key;
}

QJsonObject loadJsonResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

}  // namespace

BatchBuilder::BatchBuilder(std::shared_ptr<const redact::Detector> detector, const SecretKey& issuer,
                           PublicKey recipient)
    : m_issuer(issuer)
    , m_recipient(std::move(recipient))
{
    if (detector) {
        m_find = [detector = std::move(detector)](std::string_view utf8) { return detector->detect(utf8); };
    }
}

BatchBuilder::BatchBuilder(SpanFinder finder, const SecretKey& issuer, PublicKey recipient)
    : m_find(std::move(finder))
    , m_issuer(issuer)
    , m_recipient(std::move(recipient))
{ }

QJsonObject BatchBuilder::defaultPolicy()
{
    return loadJsonResource(QStringLiteral(":/veil/model/default-policy.json"));
}

QJsonObject BatchBuilder::defaultRubric()
{
    return loadJsonResource(QStringLiteral(":/veil/model/default-rubric.json"));
}

Result<BatchBuilder::Report> BatchBuilder::build(const Options& options) const
{
    if (m_issuer.publicKey.role != KeyRole::Issuer) {
        return fail(QStringLiteral("batches are signed with an issuer key (got a %1 key)")
                        .arg(keyRoleName(m_issuer.publicKey.role)));
    }
    QFile input(options.inputPath);
    if (!input.open(QIODevice::ReadOnly)) {
        return fail(QStringLiteral("%1: cannot open: %2").arg(options.inputPath, input.errorString()));
    }
    const QDir baseDir = QFileInfo(options.inputPath).absoluteDir();

    Report report;
    report.batchId = QStringLiteral("b-") + QString::fromLatin1(Sodium::randomBytes(8).toHex());
    BatchHeader header;
    header.batchId = report.batchId;
    header.created = QDateTime::currentDateTimeUtc();
    header.created.setTime(header.created.time().addMSecs(-header.created.time().msec()));
    header.expires = options.expires.toUTC();
    header.issuer = m_issuer.publicKey;
    header.policy = options.policy.isEmpty() ? defaultPolicy() : options.policy;
    header.rubric = options.rubric.isEmpty() ? defaultRubric() : options.rubric;

    BatchWriter writer;
    auto opened = writer.open(options.outputPath, header, m_recipient);
    if (!opened) {
        return fail(opened.error());
    }
    const ConversationMasker masker = ConversationMasker::withFinder(m_find);
    const qint64 total = input.size();
    qint64 lastProgress = 0;
    int lineNumber = 0;
    std::unordered_map<std::string, int> seenIds;  // idKey(id) → line
    // About one task per KiB of chat text: few rehashes of a large map.
    seenIds.reserve(static_cast<std::size_t>(std::min<qint64>(total >> 10, qint64 { 1 } << 22)));
    LineReader lines(input);
    RawConversationParser parser;
    RawConversationView view;
    EncodedTask encoded;
    std::string_view line;
    while (lines.next(line)) {
        ++lineNumber;
        report.inputBytes += static_cast<qint64>(line.size());
        if (line.ends_with('\n')) {
            line.remove_suffix(1);
        }
        if (line.ends_with('\r')) {
            line.remove_suffix(1);
        }
        if (QByteArrayView(line).trimmed().isEmpty()) {
            continue;
        }
        std::string id;
        Status added = Done {};
        int spans = 0;
        bool remembered = false;  // the id is in seenIds already
        if (parser.parse(line, view)) {
            // The common case: read and masked in UTF-8, encoded once.
            // One look-up: the id is remembered now and forgotten again if
            // the line is skipped.
            const auto [seen, fresh] = seenIds.try_emplace(std::string(view.id), lineNumber);
            Status masked = Done {};
            if (!fresh) {
                masked
                    = fail(QStringLiteral("id \"%1\" was already used on line %2")
                               .arg(QString::fromUtf8(view.id.data(), static_cast<qsizetype>(view.id.size())))
                               .arg(seen->second));
            } else {
                masked = masker.maskInto(view, encoded);
                if (!masked) {
                    seenIds.erase(seen);
                }
            }
            if (!masked) {
                const QString where = QStringLiteral("%1 line %2: %3")
                                          .arg(options.inputPath)
                                          .arg(lineNumber)
                                          .arg(masked.error());
                if (!options.skipBad) {
                    writer.cancel();
                    return fail(where);
                }
                report.skipped.append(where);
                continue;
            }
            added = writer.addEncodedTask(encoded);
            spans = static_cast<int>(encoded.originals.size());
            remembered = true;
        } else {
            // Anything unusual (images, odd but valid JSON, errors): the Qt
            // reader decides and explains.
            auto raw = RawConversation::parse(QByteArrayView(line), baseDir);
            if (raw) {
                id = idKey(raw.value().id);
            }
            if (const auto seen = raw ? seenIds.find(id) : seenIds.end(); seen != seenIds.end()) {
                // Span keys and associated data are bound to the task id: two
                // tasks with one id would share them (docs/formats.md, "Sealing").
                raw = fail(QStringLiteral("id \"%1\" was already used on line %2")
                               .arg(raw.value().id)
                               .arg(seen->second));
            }
            Result<MaskedConversation> masked
                = raw ? masker.mask(raw.value()) : Result<MaskedConversation>(fail(raw.error()));
            if (!masked) {
                const QString where = QStringLiteral("%1 line %2: %3")
                                          .arg(options.inputPath)
                                          .arg(lineNumber)
                                          .arg(masked.error());
                if (!options.skipBad) {
                    writer.cancel();
                    return fail(where);
                }
                report.skipped.append(where);
                continue;
            }
            added = writer.addTask(masked.value().task, masked.value().originals);
            spans = static_cast<int>(masked.value().originals.size());
        }
        if (!added) {
            writer.cancel();
            return fail(added.error());
        }
        if (!remembered) {
            seenIds.emplace(std::move(id), lineNumber);
        }
        ++report.tasks;
        report.spans += spans;
        if (options.progress && report.inputBytes - lastProgress >= (8 << 20)) {
            lastProgress = report.inputBytes;
            options.progress(report.inputBytes, total);
        }
    }
    if (input.error() != QFileDevice::NoError) {
        writer.cancel();
        return fail(QStringLiteral("%1: read error: %2").arg(options.inputPath, input.errorString()));
    }
    if (report.tasks == 0) {
        writer.cancel();
        return fail(QStringLiteral("%1: no valid conversations; no batch written").arg(options.inputPath));
    }
    auto finished = writer.finish(m_issuer);
    if (!finished) {
        return fail(finished.error());
    }
    if (options.progress) {
        options.progress(report.inputBytes, total);
    }
    return report;
}

}  // namespace veil::model
