// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/scan/ScanPipeline.h"

#include "redact/mask/Masker.h"
#include "redact/text/Utf8.h"

#include <simdjson.h>

#include <deque>
#include <functional>
#include <future>
#include <istream>
#include <ostream>
#include <vector>

namespace veil::model {

namespace {

constexpr std::size_t kBatchBytes = std::size_t { 1 } << 20;  // work unit handed to a thread

struct Batch {
    std::string buffer;  // whole lines plus SIMDJSON_PADDING bytes
    std::size_t dataSize = 0;
    std::size_t firstLine = 1;  // 1-based number of the batch's first line
};

struct BatchResult {
    std::string output;
    std::string errors;
    ScanPipeline::Report report;
};

void appendJsonString(std::string& out, std::string_view text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out.push_back('"');
    std::size_t run = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20U && c != '"' && c != '\\') {
            continue;
        }
        out.append(text.substr(run, i - run));
        run = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out.push_back(kHex[c >> 4U]);
            out.push_back(kHex[c & 0xFU]);
        }
    }
    out.append(text.substr(run));
    out.push_back('"');
}

void appendNumber(std::string& out, std::size_t value)
{
    char digits[24];
    std::size_t n = 0;
    do {
        digits[n++] = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value != 0);
    while (n > 0) {
        out.push_back(digits[--n]);
    }
}

}  // namespace

ScanPipeline::ScanPipeline(std::shared_ptr<const redact::Detector> detector, Options options)
    : m_options(options)
{
    if (m_options.jobs < 1) {
        m_options.jobs = 1;
    }
    m_detectors.push_back(detector);
    for (int job = 1; job < m_options.jobs; ++job) {
        auto copy = redact::Detector::create(detector->catalogue());
        m_detectors.push_back(copy.ok() ? copy.value() : detector);
    }
}

bool ScanPipeline::scanLine(std::string_view line, std::size_t capacity, std::string& out, std::string& error,
                            std::size_t& spanCount) const
{
    return scanLineWith(*m_detectors.front(), line, capacity, out, error, spanCount);
}

bool ScanPipeline::scanLineWith(const redact::Detector& detector, std::string_view line, std::size_t capacity,
                                std::string& out, std::string& error, std::size_t& spanCount) const
{
    // The DOM parser dispatches to the best SIMD kernel at run time (the
    // header-only on-demand API would be compiled for the baseline CPU).
    thread_local simdjson::dom::parser parser;
    (void)capacity;
    simdjson::dom::element root;
    // simdjson validates UTF-8 as it parses; the scalar check only runs to say where it broke.
    if (const auto e = parser.parse(line.data(), line.size(), false).get(root)) {
        if (const auto bad = redact::findInvalidUtf8(line)) {
            error = "not valid UTF-8 (byte " + std::to_string(bad->byteOffset + 1) + ")";
        } else {
            error = std::string("not valid JSON (") + simdjson::error_message(e) + ")";
        }
        return false;
    }
    simdjson::dom::object object;
    if (root.get_object().get(object) != simdjson::SUCCESS) {
        error = "not a JSON object";
        return false;
    }
    std::string_view text;
    simdjson::dom::element textElement;
    if (object["text"].get(textElement) != simdjson::SUCCESS
        || textElement.get_string().get(text) != simdjson::SUCCESS) {
        error = "missing string field \"text\"";
        return false;
    }
    std::string id = "null";
    simdjson::dom::element idElement;
    if (object["id"].get(idElement) == simdjson::SUCCESS) {
        id = simdjson::minify(idElement);
    }
    const std::vector<redact::DetectedSpan> spans = detector.detect(text);
    spanCount += spans.size();
    out += "{\"id\":";
    out.append(id);
    if (m_options.mask) {
        out += ",\"text\":";
        appendJsonString(out, redact::Masker::mask(text, spans));
        out += "}\n";
        return true;
    }
    out += ",\"spans\":[";
    // Byte → code point offsets in one forward walk (spans are sorted).
    std::size_t bytePos = 0;
    std::size_t codePoint = 0;
    const auto advance = [&](std::size_t target) {
        for (; bytePos < target; ++bytePos) {
            codePoint += (static_cast<unsigned char>(text[bytePos]) & 0xC0U) != 0x80U ? 1U : 0U;
        }
        return codePoint;
    };
    bool first = true;
    for (const redact::DetectedSpan& span : spans) {
        out += first ? "{\"start\":" : ",{\"start\":";
        first = false;
        appendNumber(out, advance(span.begin));
        out += ",\"end\":";
        appendNumber(out, advance(span.end));
        out += ",\"category\":\"";
        out.append(redact::categoryName(span.category));
        out += "\"}";
    }
    out += "]}\n";
    return true;
}

ScanPipeline::Report ScanPipeline::run(std::istream& in, std::ostream& out, std::ostream& errors) const
{
    Report total;
    const auto process = [this](const Batch& batch, const redact::Detector& detector) {
        BatchResult result;
        result.output.reserve(batch.dataSize + batch.dataSize / 4);
        std::string error;
        std::size_t lineNumber = batch.firstLine;
        std::size_t pos = 0;
        while (pos < batch.dataSize) {
            std::size_t end = batch.buffer.find('\n', pos);
            if (end == std::string::npos || end > batch.dataSize) {
                end = batch.dataSize;
            }
            std::string_view line(batch.buffer.data() + pos, end - pos);
            if (!line.empty() && line.back() == '\r') {
                line.remove_suffix(1);
            }
            if (line.find_first_not_of(" \t") != std::string_view::npos) {
                ++result.report.lines;
                error.clear();
                if (scanLineWith(detector, line, batch.buffer.size() - pos, result.output, error,
                                 result.report.spans)) {
                    ++result.report.scanned;
                } else {
                    ++result.report.skipped;
                    result.errors += "line " + std::to_string(lineNumber) + ": " + error + ", skipped\n";
                }
            }
            ++lineNumber;
            pos = end + 1;
        }
        return result;
    };
    const auto flush = [&](BatchResult&& result) {
        out.write(result.output.data(), static_cast<std::streamsize>(result.output.size()));
        errors << result.errors;
        total.lines += result.report.lines;
        total.scanned += result.report.scanned;
        total.skipped += result.report.skipped;
        total.spans += result.report.spans;
    };

    std::deque<std::future<BatchResult>> inFlight;
    std::size_t batchIndex = 0;
    std::string carry;  // an incomplete last line of the previous read
    std::size_t nextLine = 1;
    std::vector<char> block(kBatchBytes);
    bool eof = false;
    while (!eof) {
        in.read(block.data(), static_cast<std::streamsize>(block.size()));
        const auto got = static_cast<std::size_t>(in.gcount());
        total.bytes += got;
        eof = got == 0 || !in;
        Batch batch;
        batch.firstLine = nextLine;
        batch.buffer = std::move(carry);
        carry.clear();
        batch.buffer.append(block.data(), got);
        if (!eof) {
            const std::size_t lastNewline = batch.buffer.rfind('\n');
            if (lastNewline == std::string::npos) {
                carry = std::move(batch.buffer);
                continue;
            }
            carry.assign(batch.buffer, lastNewline + 1, std::string::npos);
            batch.buffer.resize(lastNewline + 1);
        }
        batch.dataSize = batch.buffer.size();
        for (const char c : batch.buffer) {
            nextLine += c == '\n' ? 1U : 0U;
        }
        batch.buffer.append(simdjson::SIMDJSON_PADDING, '\0');
        if (m_options.jobs == 1) {
            flush(process(batch, *m_detectors.front()));
            continue;
        }
        const redact::Detector& detector = *m_detectors[batchIndex++ % m_detectors.size()];
        inFlight.push_back(std::async(std::launch::async, process, std::move(batch), std::cref(detector)));
        while (inFlight.size() >= static_cast<std::size_t>(m_options.jobs) * 2) {
            flush(inFlight.front().get());
            inFlight.pop_front();
        }
    }
    while (!inFlight.empty()) {
        flush(inFlight.front().get());
        inFlight.pop_front();
    }
    out.flush();
    return total;
}

}  // namespace veil::model
