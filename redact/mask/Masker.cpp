// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "redact/mask/Masker.h"

namespace veil::redact {

std::string Masker::placeholder(Category category)
{
    std::string out = "[";
    out += categoryName(category);
    out += ']';
    return out;
}

std::string Masker::mask(std::string_view text, const std::vector<DetectedSpan>& spans)
{
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    for (const DetectedSpan& span : spans) {
        if (span.begin < pos || span.end > text.size() || span.begin >= span.end) {
            continue;
        }
        out.append(text.substr(pos, span.begin - pos));
        out += placeholder(span.category);
        pos = span.end;
    }
    out.append(text.substr(pos));
    return out;
}

}  // namespace veil::redact
