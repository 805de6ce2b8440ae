// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// The JSON pieces of the batch pipeline: raw conversation lines (outside
// input of `veilctl batch build`), batch headers and masked conversations
// (authenticated, but parsed defensively). The first input byte picks which.

#include "model/batch/BatchFormat.h"
#include "model/batch/ConversationMasker.h"
#include "model/batch/RawConversation.h"
#include "model/batch/RawConversationParser.h"

#include <cstdint>
#include <cstdlib>
#include <string>

using namespace veil::model;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0) {
        return 0;
    }
    const QByteArrayView bytes(reinterpret_cast<const char*>(data) + 1, static_cast<qsizetype>(size - 1));
    switch (data[0] % 3) {
    case 0: {
        auto raw = RawConversation::parse(bytes, QDir(QStringLiteral("/nonexistent")));
        if (raw) {
            for (const auto& span : raw.value().spans) {
                const auto length = raw.value().messages[span.message].text.toUcs4().size();
                if (span.start < 0 || span.end > length || span.start >= span.end) {
                    std::abort();
                }
            }
        }
        // The batch builder's UTF-8 path must take only lines the Qt path
        // reads, and mask them to the same bytes (upstream spans only here).
        static RawConversationParser parser;
        static const ConversationMasker masker(nullptr);
        std::string padded(bytes.data(), static_cast<std::size_t>(bytes.size()));
        padded.append(RawConversationParser::padding(), '\0');
        RawConversationView view;
        if (parser.parse(std::string_view(padded.data(), static_cast<std::size_t>(bytes.size())), view)) {
            if (!raw) {
                std::abort();
            }
            EncodedTask encoded;
            const auto masked = masker.mask(raw.value());
            if (!masker.maskInto(view, encoded) || !masked
                || QByteArray::fromStdString(encoded.maskedJson)
                    != batchformat::encodeMaskedTask(masked.value().task)
                || static_cast<qsizetype>(encoded.originals.size()) != masked.value().originals.size()) {
                std::abort();
            }
            for (std::size_t i = 0; i < encoded.originals.size(); ++i) {
                const SpanOriginal& expected = masked.value().originals[static_cast<qsizetype>(i)];
                if (encoded.originals[i].spanId != expected.spanId
                    || QByteArray::fromStdString(std::string(encoded.originals[i].plaintext))
                        != expected.plaintext) {
                    std::abort();
                }
            }
        }
        break;
    }
    case 1: {
        auto header = batchformat::decodeHeader(bytes, QStringLiteral("fuzz"));
        if (header
            && batchformat::decodeHeader(batchformat::encodeHeader(header.value()), QStringLiteral("fuzz"))
                    .value()
                    .batchId
                != header.value().batchId) {
            std::abort();
        }
        break;
    }
    default: {
        auto task = batchformat::decodeMaskedTask(bytes);
        if (task) {
            for (const auto& message : task.value().messages) {
                for (const auto& span : message.spans) {
                    if (span.start < 0 || span.end < span.start
                        || span.end > static_cast<qsizetype>(message.text.toUcs4().size())) {
                        std::abort();
                    }
                }
            }
        }
        break;
    }
    }
    return 0;
}
