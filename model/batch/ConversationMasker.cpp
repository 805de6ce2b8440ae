// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/batch/ConversationMasker.h"

#include "model/core/CodePoints.h"
#include "redact/detect/Detector.h"
#include "redact/text/Utf8.h"

#include <QBuffer>
#include <QHash>
#include <QImage>

#include <algorithm>
#include <optional>
#include <unordered_map>

namespace veil::model {

namespace {

/// A span in code points of the original message text.
struct Cut {
    qsizetype start = 0;
    qsizetype end = 0;
    QString category;
    QString rule;
    double confidence = 0;
};

/// Sorted, non-overlapping cuts; overlapping cuts are merged so nothing of
/// either stays readable. An upstream category wins over a detected one.
QList<Cut> mergeCuts(QList<Cut> cuts)
{
    std::sort(cuts.begin(), cuts.end(), [](const Cut& a, const Cut& b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    QList<Cut> merged;
    for (const Cut& cut : cuts) {
        if (!merged.isEmpty() && cut.start < merged.last().end) {
            Cut& last = merged.last();
            last.end = std::max(last.end, cut.end);
            if (cut.rule == QLatin1String("upstream") && last.rule != QLatin1String("upstream")) {
                last.category = cut.category;
                last.rule = cut.rule;
                last.confidence = cut.confidence;
            }
            continue;
        }
        merged.append(cut);
    }
    return merged;
}

/// Adds a cut for every further whole-word occurrence (case-insensitive) of
/// a value already cut somewhere in the conversation. Values shorter than
/// three characters are left alone: too many innocent matches.
void maskRepeats(const QList<QList<uint>>& codePoints, QList<QList<Cut>>& cuts)
{
    struct Value {
        QString text;
        QString category;
    };
    QList<Value> values;
    for (int m = 0; m < cuts.size(); ++m) {
        for (const Cut& cut : cuts[m]) {
            const qsizetype end = std::min<qsizetype>(cut.end, codePoints[m].size());
            if (end - cut.start < 3) {
                continue;
            }
            const QString text = stringFromCodePoints(codePoints[m].constData() + cut.start, end - cut.start);
            if (std::none_of(values.begin(), values.end(), [&text](const Value& v) {
                    return v.text.compare(text, Qt::CaseInsensitive) == 0;
                })) {
                values.append({ text, cut.category });
            }
        }
    }
    if (values.isEmpty()) {
        return;
    }
    for (int m = 0; m < codePoints.size(); ++m) {
        const QString text = stringFromCodePoints(codePoints[m].constData(), codePoints[m].size());
        // UTF-16 position → code point position.
        QList<qsizetype> toCodePoint(text.size() + 1, 0);
        qsizetype codePoint = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            toCodePoint[i] = codePoint;
            if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate())) {
                ++codePoint;
            }
        }
        toCodePoint[text.size()] = codePoint;
        for (const Value& value : values) {
            for (qsizetype at = text.indexOf(value.text, 0, Qt::CaseInsensitive); at >= 0;
                 at = text.indexOf(value.text, at + 1, Qt::CaseInsensitive)) {
                const qsizetype end = at + value.text.size();
                const bool wordStart = at == 0 || !text.at(at - 1).isLetterOrNumber();
                const bool wordEnd = end >= text.size() || !text.at(end).isLetterOrNumber();
                if (wordStart && wordEnd) {
                    cuts[m].append(
                        { toCodePoint[at], toCodePoint[end], value.category, QStringLiteral("repeat"), 0.9 });
                }
            }
        }
    }
}

/// The same value gets the same number: case and spacing do not matter.
QString normalisedValue(const QString& value)
{
    return value.simplified().toCaseFolded();
}

// ---- The UTF-8 path (maskInto): the same rules on byte offsets ----------

/// A span in UTF-8 bytes of the original message text (always on code point
/// boundaries, so byte order is code point order).
}  // namespace

ConversationMasker::ConversationMasker(std::shared_ptr<const redact::Detector> detector)
{
    if (detector) {
        m_find = [detector = std::move(detector)](std::string_view utf8) { return detector->detect(utf8); };
    }
}

ConversationMasker ConversationMasker::withFinder(SpanFinder finder)
{
    ConversationMasker masker;
    masker.m_find = std::move(finder);
    return masker;
}

Result<QByteArray> ConversationMasker::pixelatedPreview(const QByteArray& bytes, int* width, int* height)
{
    QImage image;
    if (!image.loadFromData(bytes) || image.isNull()) {
        return fail(QStringLiteral("not an image Veil can read"));
    }
    *width = image.width();
    *height = image.height();
    const QImage cells
        = image.scaled(kPreviewCells, kPreviewCells, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    const QImage preview = cells.scaled(cells.width() * 24, cells.height() * 24, Qt::IgnoreAspectRatio,
                                        Qt::FastTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!preview.save(&buffer, "PNG")) {
        return fail(QStringLiteral("could not encode the preview"));
    }
    return png;
}

Result<MaskedConversation> ConversationMasker::mask(const RawConversation& raw) const
{
    MaskedConversation out;
    // The id is shown to reviewers and written to audit logs unmasked.
    if (m_find) {
        const QByteArray id = raw.id.toUtf8();
        if (!m_find(std::string_view(id.constData(), static_cast<std::size_t>(id.size()))).empty()) {
            return fail(
                QStringLiteral("the id \"…\" looks like it contains personal data; use an opaque id"));
        }
    }
    out.task.id = raw.id;
    QHash<QString, int> labelNumbers;  // category + value → number
    QHash<QString, int> nextNumber;  // category → next free number
    int nextSpanId = 0;

    // Pass 1: what the detector and upstream found in each message.
    QList<QList<uint>> allCodePoints;
    QList<QList<Cut>> allCuts;
    for (int m = 0; m < raw.messages.size(); ++m) {
        const RawConversation::Message& message = raw.messages[m];
        allCodePoints.append(message.text.toUcs4());
        QList<Cut> cuts;
        if (m_find) {
            const QByteArray utf8 = message.text.toUtf8();
            const std::string_view view(utf8.constData(), static_cast<std::size_t>(utf8.size()));
            const redact::CodePointIndex index(view);
            for (const redact::DetectedSpan& span : m_find(view)) {
                cuts.append(
                    { static_cast<qsizetype>(index.toCodePoint(span.begin)),
                      static_cast<qsizetype>(index.toCodePoint(span.end)),
                      QString::fromLatin1(redact::categoryName(span.category).data(),
                                          static_cast<qsizetype>(redact::categoryName(span.category).size())),
                      QString::fromUtf8(span.rule.data(), static_cast<qsizetype>(span.rule.size())),
                      static_cast<double>(span.confidence) });
            }
        }
        for (const RawConversation::UpstreamSpan& span : raw.spans) {
            if (span.message == m) {
                cuts.append({ span.start, span.end, span.category, QStringLiteral("upstream"), 1.0 });
            }
        }
        allCuts.append(cuts);
    }
    // Pass 2: a value masked once is masked wherever else it appears, or the
    // stable placeholder would point the reviewer to the readable copy.
    maskRepeats(allCodePoints, allCuts);

    for (int m = 0; m < raw.messages.size(); ++m) {
        const RawConversation::Message& message = raw.messages[m];
        const QList<uint>& codePoints = allCodePoints[m];
        const QList<Cut>& cuts = allCuts[m];

        MaskedMessage masked;
        masked.role = message.role;
        masked.time = message.time;
        QList<uint> text;
        text.reserve(codePoints.size());
        qsizetype at = 0;
        for (const Cut& cut : mergeCuts(cuts)) {
            const qsizetype end = std::min<qsizetype>(cut.end, codePoints.size());
            if (cut.start >= end) {
                continue;
            }
            text.append(codePoints.mid(at, cut.start - at));
            const QString value = stringFromCodePoints(codePoints.constData() + cut.start, end - cut.start);
            const QString key = cut.category + QLatin1Char('\n') + normalisedValue(value);
            int number = labelNumbers.value(key, 0);
            if (number == 0) {
                number = ++nextNumber[cut.category];
                labelNumbers.insert(key, number);
            }
            MaskedSpan span;
            span.spanId = nextSpanId++;
            span.category = cut.category;
            span.label = QStringLiteral("%1 %2").arg(cut.category).arg(number);
            span.rule = cut.rule;
            span.confidence = cut.confidence;
            const QList<uint> placeholder = (QLatin1Char('[') + span.label + QLatin1Char(']')).toUcs4();
            span.start = text.size();
            text.append(placeholder);
            span.end = text.size();
            masked.spans.append(span);
            out.originals.append({ span.spanId, value.toUtf8() });
            at = end;
        }
        text.append(codePoints.mid(at));
        masked.text = stringFromCodePoints(text.constData(), text.size());
        out.task.messages.append(masked);
    }

    for (int a = 0; a < raw.attachments.size(); ++a) {
        const RawConversation::Attachment& attachment = raw.attachments[a];
        MaskedImage image;
        auto preview = pixelatedPreview(attachment.bytes, &image.width, &image.height);
        if (!preview) {
            return fail(QStringLiteral("attachments[%1]: %2").arg(a).arg(preview.error()));
        }
        image.spanId = nextSpanId++;
        image.message = attachment.message;
        image.mime = attachment.mime.isEmpty() ? QStringLiteral("image/png") : attachment.mime;
        image.previewPng = std::move(preview).value();
        out.task.images.append(image);
        out.originals.append({ image.spanId, attachment.bytes });
    }
    return out;
}

}  // namespace veil::model
