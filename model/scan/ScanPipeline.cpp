// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/scan/ScanPipeline.h"

#include "model/batch/CanonicalJsonWriter.h"

#include "redact/mask/Masker.h"
#include "redact/text/Utf8.h"

#include <simdjson.h>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <future>
#include <istream>
#include <ostream>
#include <thread>
#include <vector>

namespace veil::model {

using namespace std::string_view_literals;  // "…"sv: no strlen per append on the hot path

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

/// A JSON string: `shortControls` writes \b and \f as simdjson's minify()
/// does (ids are copied as simdjson writes them); otherwise they are \u0008
/// and \u000c.
void appendJsonString(std::string& out, std::string_view text, bool shortControls = false)
{
    out.push_back('"');
    appendJsonEscaped(out, text, shortControls);
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
    m_detectors.resize(static_cast<std::size_t>(m_options.jobs));
    m_detectors.front() = std::move(detector);
    m_detectorOnce = std::make_unique<std::once_flag[]>(m_detectors.size());
}

const redact::Detector& ScanPipeline::detectorFor(std::size_t job) const
{
    if (job > 0) {
        std::call_once(m_detectorOnce[job], [this, job] {
            auto copy = redact::Detector::create(m_detectors.front()->catalogue());
            m_detectors[job] = copy.ok() ? copy.value() : m_detectors.front();
        });
    }
    return *m_detectors[job];
}

bool ScanPipeline::scanLine(std::string_view line, std::size_t capacity, std::string& out, std::string& error,
                            std::size_t& spanCount) const
{
    return scanLineWith(detectorFor(0), line, capacity, out, error, spanCount);
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
    const std::vector<redact::DetectedSpan> spans = detector.detect(text);
    spanCount += spans.size();
    out += "{\"id\":"sv;
    simdjson::dom::element idElement;
    std::string_view idString;
    if (object["id"].get(idElement) != simdjson::SUCCESS) {
        out += "null"sv;
    } else if (idElement.get_string().get(idString) == simdjson::SUCCESS) {
        appendJsonString(out, idString, true);  // as minify() writes it, without its allocation
    } else {
        out += simdjson::minify(idElement);
    }
    if (m_options.mask) {
        out += ",\"text\":"sv;
        appendJsonString(out, redact::Masker::mask(text, spans));
        out += "}\n"sv;
        return true;
    }
    out += ",\"spans\":["sv;
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
        out += ",\"end\":"sv;
        appendNumber(out, advance(span.end));
        out += ",\"category\":\""sv;
        out.append(redact::categoryName(span.category));
        out += "\"}"sv;
    }
    out += "]}\n"sv;
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

    // Workers take batches from a queue, each with its own detector; the
    // main thread reads, and writes results in input order.
    struct Job {
        Batch batch;
        std::promise<BatchResult> result;
    };
    std::mutex queueMutex;
    std::condition_variable queueReady;
    std::deque<Job> queue;
    bool closing = false;
    std::vector<std::thread> workers;
    const auto work = [&](std::size_t job) {
        const redact::Detector& detector = detectorFor(job);
        for (;;) {
            Job next;
            {
                std::unique_lock lock(queueMutex);
                queueReady.wait(lock, [&] { return closing || !queue.empty(); });
                if (queue.empty()) {
                    return;
                }
                next = std::move(queue.front());
                queue.pop_front();
            }
            next.result.set_value(process(next.batch, detector));
        }
    };
    if (m_options.jobs > 1) {
        for (std::size_t job = 0; job < m_detectors.size(); ++job) {
            workers.emplace_back(work, job);
        }
    }
    std::deque<std::future<BatchResult>> inFlight;
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
        nextLine += static_cast<std::size_t>(std::count(batch.buffer.begin(), batch.buffer.end(), '\n'));
        batch.buffer.append(simdjson::SIMDJSON_PADDING, '\0');
        if (m_options.jobs == 1) {
            flush(process(batch, detectorFor(0)));
            continue;
        }
        Job job;
        job.batch = std::move(batch);
        inFlight.push_back(job.result.get_future());
        {
            const std::lock_guard lock(queueMutex);
            queue.push_back(std::move(job));
        }
        queueReady.notify_one();
        while (inFlight.size() >= workers.size() * 2) {
            flush(inFlight.front().get());
            inFlight.pop_front();
        }
    }
    {
        const std::lock_guard lock(queueMutex);
        closing = true;
    }
    queueReady.notify_all();
    while (!inFlight.empty()) {
        flush(inFlight.front().get());
        inFlight.pop_front();
    }
    for (std::thread& worker : workers) {
        worker.join();
    }
    out.flush();
    return total;
}

}  // namespace veil::model
