// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/batch/BatchTypes.h"
#include "model/batch/BatchWriter.h"
#include "model/batch/RawConversation.h"
#include "model/core/Result.h"

#include <memory>

namespace veil::redact {
class Detector;
}

namespace veil::model {

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

    [[nodiscard]] Result<MaskedConversation> mask(const RawConversation& raw) const;

    /// A preview in which no face or text is recognisable: the image shrunk
    /// to at most kPreviewCells cells on its long side, then enlarged without
    /// smoothing. Fails if `bytes` is not an image Qt can read.
    static Result<QByteArray> pixelatedPreview(const QByteArray& bytes, int* width, int* height);
    static constexpr int kPreviewCells = 10;

private:
    std::shared_ptr<const redact::Detector> m_detector;
};

}  // namespace veil::model
