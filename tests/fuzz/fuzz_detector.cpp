// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// libFuzzer target over redact::Detector::detect() with arbitrary bytes
// (not necessarily UTF-8). Properties checked on every input: no span
// outside the input, every span non-empty, spans sorted and non-overlapping,
// every span on code point boundaries of well-formed text, and masking
// never crashes. ASan + UBSan come from the fuzz preset.

#include "redact/detect/Detector.h"
#include "redact/mask/Masker.h"
#include "redact/text/Utf8.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

const veil::redact::Detector& detector()
{
    static const auto instance = veil::redact::Detector::create(veil::redact::Catalogue::builtin()).value();
    return *instance;
}

bool continuation(std::string_view text, std::size_t pos)
{
    return pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0U) == 0x80U;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto spans = detector().detect(text);
    const bool wellFormed = !veil::redact::findInvalidUtf8(text).has_value();
    std::size_t previousEnd = 0;
    for (const auto& span : spans) {
        if (span.begin >= span.end || span.end > size || span.begin < previousEnd || span.rule.empty()) {
            std::abort();
        }
        if (wellFormed && (continuation(text, span.begin) || continuation(text, span.end))) {
            std::abort();
        }
        previousEnd = span.end;
    }
    const std::string masked = veil::redact::Masker::mask(text, spans);
    if (spans.empty() && masked != text) {
        std::abort();
    }
    return 0;
}
