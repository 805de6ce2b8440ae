// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "redact/detect/Detector.h"

#include <cstddef>
#include <iosfwd>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace veil::model {

/// `veilctl scan` as a reusable class (docs/redact.md, "veilctl scan").
/// Reads JSONL lines {"id": …, "text": str}, writes one line per scanned input
/// line, in input order: {"id": …, "spans": [{"start", "end", "category"}]}
/// with Unicode code point offsets (end exclusive), or with `mask` set
/// {"id": …, "text": masked text}. A line that is not a JSON object with a
/// string "text", or not valid UTF-8, is reported with its line number and
/// skipped; blank lines are ignored. The hot path uses simdjson on-demand and
/// writes JSON by hand: no QString, no DOM.
class ScanPipeline {
public:
    struct Options {
        int jobs = 1;  ///< worker threads; output order never depends on it
        bool mask = false;
    };

    struct Report {
        std::size_t lines = 0;  ///< non-blank input lines
        std::size_t scanned = 0;
        std::size_t skipped = 0;  ///< reported on the error stream
        std::size_t spans = 0;
        std::size_t bytes = 0;  ///< input bytes read
    };

    ScanPipeline(std::shared_ptr<const redact::Detector> detector, Options options);

    /// Streams `in` to `out`; problems go to `errors`, one line each,
    /// "line N: reason". Returns what happened; the caller turns
    /// `skipped > 0` into a non-zero exit status.
    Report run(std::istream& in, std::ostream& out, std::ostream& errors) const;

    /// Scans one JSONL line (no newline). Appends the output line (with '\n')
    /// to `out` and returns true, or returns false with the reason in `error`.
    /// `line` must be readable for SIMDJSON_PADDING bytes past its end
    /// (`capacity` is what is readable from its start).
    bool scanLine(std::string_view line, std::size_t capacity, std::string& out, std::string& error,
                  std::size_t& spanCount) const;

private:
    bool scanLineWith(const redact::Detector& detector, std::string_view line, std::size_t capacity,
                      std::string& out, std::string& error, std::size_t& spanCount) const;

    const redact::Detector& detectorFor(std::size_t job) const;

    // One detector per job: RE2 guards each compiled DFA's cache with a lock,
    // so workers sharing one detector contend on it; own copies scale. Job 0
    // uses the detector given; the others compile their copy in their own
    // thread on first use (in parallel with the first batches), once.
    mutable std::vector<std::shared_ptr<const redact::Detector>> m_detectors;
    std::unique_ptr<std::once_flag[]> m_detectorOnce;
    Options m_options;
};

}  // namespace veil::model
