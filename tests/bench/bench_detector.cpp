// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// Google Benchmark over Detector::detect() and the scan pipeline. Figures,
// not pass/fail: docs/redact.md ("Measured figures") records them.

#include "model/scan/ScanPipeline.h"
#include "redact/detect/Detector.h"

#include <benchmark/benchmark.h>

#include <sstream>
#include <string>
#include <vector>

using namespace veil;

namespace {

const redact::Detector& detector()
{
    static const auto instance = redact::Detector::create(redact::Catalogue::builtin()).value();
    return *instance;
}

// Chat-like messages: about two thirds without personal data.
const std::vector<std::string>& messages()
{
    static const std::vector<std::string> texts = {
        "can you help me plan a three day trip with a tight budget",
        "what is the difference between a list and a tuple in python",
        "Why does my sourdough never rise properly? I followed the recipe 🙃",
        "The meeting moved to 3pm, can you rewrite my reminder",
        "Order #A77-120934 arrived damaged, how do I ask for a refund",
        "version 4.12.0 broke our build, should we pin 4.11.3",
        "Taylor Swift's new album is on repeat all week",
        "meu chefe pediu um relatório até amanhã, pode me ajudar",
        "今天的天气怎么样，我想去公园散步",
        "Hi, I'm Ingrid Larsen and I need help with my CV",
        "you can reach Chinedu at chinedu.okafor77@gmail.com or +44 7911 123456",
        "ship it to 1427 Maple Ave, Springfield, IL 62704 please",
        "my card 4539 1488 0343 6467 keeps getting declined",
        "server at 10.12.4.7 stopped answering, firewall?",
        "I was born on 14/03/1992, what's my star sign?",
        "follow me @moon_wolf12 for updates ✨",
    };
    return texts;
}

void BM_DetectChat(benchmark::State& state)
{
    std::size_t bytes = 0;
    for (auto _ : state) {
        for (const std::string& text : messages()) {
            benchmark::DoNotOptimize(detector().detect(text));
            bytes += text.size();
        }
    }
    state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_DetectChat);

void BM_DetectLongText(benchmark::State& state)
{
    std::string text;
    while (text.size() < 64 * 1024) {
        for (const std::string& m : messages()) {
            text += m;
            text += "\n";
        }
    }
    for (auto _ : state) {
        benchmark::DoNotOptimize(detector().detect(text));
    }
    state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_DetectLongText);

void BM_ScanPipeline(benchmark::State& state)
{
    std::string input;
    int id = 0;
    while (input.size() < 4 * 1024 * 1024) {
        for (const std::string& m : messages()) {
            input += "{\"id\":\"m" + std::to_string(id++) + "\",\"text\":\"" + m + "\"}\n";
        }
    }
    const model::ScanPipeline pipeline(redact::Detector::create(redact::Catalogue::builtin()).value(),
                                       { static_cast<int>(state.range(0)), false });
    for (auto _ : state) {
        std::istringstream in(input);
        std::ostringstream out;
        std::ostringstream err;
        benchmark::DoNotOptimize(pipeline.run(in, out, err));
    }
    state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(input.size()));
}
BENCHMARK(BM_ScanPipeline)->Arg(1)->Arg(2)->UseRealTime()->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
