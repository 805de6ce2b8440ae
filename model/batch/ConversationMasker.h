// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/batch/BatchTypes.h"
#include "model/batch/BatchWriter.h"
#include "model/batch/RawConversation.h"
#include "model/core/Result.h"
#include "redact/DetectedSpan.h"

#include <functional>
#include <memory>
#include <string_view>
#include <vector>

namespace veil::redact {
class Detector;
}

namespace veil::model {

struct RawConversationView;

/// What finds personal data in a UTF-8 text (byte offsets, sorted): the
/// detector, or in benchmarks a replay of its results.
using SpanFinder = std::function<std::vector<redact::DetectedSpan>(std::string_view utf8)>;

/// A task ready for BatchWriter: the masked view and the originals to seal.
struct MaskedConversation {
    MaskedTask task;
    QList<SpanOriginal> originals;
};

/// Turns a raw conversation into what a reviewer may see: every span the
/// detector finds or upstream marked is cut out and replaced by a stable
/// placeholder (`[PERSON 1]` is the same person throughout the conversation),
/// every image by a coarse pixelated preview. The cut-out values are returned
/// separately, to be sealed.
class ConversationMasker {
public:
    explicit ConversationMasker(std::shared_ptr<const redact::Detector> detector);
    /// An empty finder masks upstream spans only. (A factory, not a
    /// constructor, so `ConversationMasker(nullptr)` stays unambiguous.)
    static ConversationMasker withFinder(SpanFinder finder);

    [[nodiscard]] Result<MaskedConversation> mask(const RawConversation& raw) const;

    /// The same masking as mask(), straight from UTF-8 into `out`: the masked
    /// conversation as the canonical JSON encodeMaskedTask() would write for
    /// mask()'s result, byte for byte, and views of the originals into `raw`.
    /// The batch builder's hot path (no QString, no QJsonObject); images are
    /// not handled here (RawConversationParser leaves lines with attachments
    /// to RawConversation::parse and mask()).
    [[nodiscard]] Status maskInto(const RawConversationView& raw, EncodedTask& out) const;

    /// A preview in which no face or text is recognisable: the image shrunk
    /// to at most kPreviewCells cells on its long side, then enlarged without
    /// smoothing. Fails if `bytes` is not an image Qt can read.
    static Result<QByteArray> pixelatedPreview(const QByteArray& bytes, int* width, int* height);
    static constexpr int kPreviewCells = 10;

private:
    ConversationMasker() = default;

    SpanFinder m_find;
};

}  // namespace veil::model
