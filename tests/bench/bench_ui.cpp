// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// The reviewer GUI's figures (issue 6, acceptance 4), measured on real
// widgets under the offscreen platform:
//   - opening a 10,000-message conversation: the model takes the task, the
//     view lays it out and paints its first screen (target ≤ 200 ms);
//   - scrolling it: one wheel step and the repaint of the viewport (target
//     ≤ 16 ms per frame);
//   - starting to the unlock screen: the veil executable, from exec to its
//     first painted window (target ≤ 500 ms; VEIL_BENCH_VEIL names it).
// Figures only; tests assert behaviour elsewhere.

#include "model/review/ConversationModel.h"
#include "ui/main/ConversationPane.h"
#include "ui/main/ConversationView.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QWheelEvent>

#include <algorithm>
#include <memory>

using namespace veil;

namespace {

/// A long, varied conversation: short and long turns, several scripts,
/// a masked span in about every other message.
model::MaskedTask longTask(int messages)
{
    static const QStringList bodies {
        QStringLiteral("Thanks, that helps."),
        QStringLiteral("Could you rewrite the second paragraph so it sounds less formal? My manager "
                       "reads these on her phone and long sentences get lost."),
        QStringLiteral("Sure — here is a shorter version. I kept the dates and the amounts, dropped the "
                       "apology, and moved the request to the first line so it is the first thing she "
                       "sees. Let me know if the tone is still too stiff and I can loosen it further."),
        QStringLiteral("Bitte übersetze das ins Deutsche, aber förmlich: „Wir melden uns nächste Woche.“"),
        QStringLiteral("今日はありがとうございました。明日の会議の資料を送ります。"),
        QStringLiteral("ok 👍"),
    };
    QRandomGenerator random(42);
    model::MaskedTask task;
    task.id = QStringLiteral("bench-long");
    for (int i = 0; i < messages; ++i) {
        model::MaskedMessage message;
        message.role = i % 2 == 0 ? QStringLiteral("user") : QStringLiteral("assistant");
        message.time = QStringLiteral("2026-11-20T09:%1:00Z").arg(i % 60, 2, 10, QLatin1Char('0'));
        message.text = bodies[static_cast<qsizetype>(random.bounded(static_cast<int>(bodies.size())))];
        if (i % 2 == 0) {
            const QString placeholder = QStringLiteral("[PHONE %1]").arg(i / 2 + 1);
            model::MaskedSpan span;
            span.spanId = i;
            span.category = QStringLiteral("PHONE");
            span.label = placeholder.mid(1, placeholder.size() - 2);
            span.rule = QStringLiteral("phone");
            span.confidence = 0.9;
            span.start = static_cast<int>(message.text.size()) + 10;
            message.text += QStringLiteral(" Call me: ") + placeholder;
            span.end = static_cast<int>(message.text.size());
            message.spans.append(span);
        }
        task.messages.append(message);
    }
    return task;
}

struct Window {
    std::unique_ptr<ui::ConversationPane> pane = std::make_unique<ui::ConversationPane>();
    std::unique_ptr<model::ConversationModel> model = std::make_unique<model::ConversationModel>();

    Window()
    {
        pane->conversationView()->setModel(model.get());
        pane->resize(900, 800);
        pane->show();
        QApplication::processEvents();
    }
    /// Lays out what is needed and paints the visible rows, as the first
    /// frame after a change would.
    void paint() const
    {
        QWidget* viewport = pane->conversationView()->viewport();
        pane->conversationView()->doItemsLayout();
        viewport->repaint();
    }
};

void BM_OpenLongConversation(benchmark::State& state)
{
    const model::MaskedTask task = longTask(static_cast<int>(state.range(0)));
    Window window;
    for (auto _ : state) {
        window.model->clear();
        window.paint();
        model::MaskedTask copy = task;
        QElapsedTimer timer;
        timer.start();
        window.model->setTask(std::move(copy), 0);
        window.paint();
        state.SetIterationTime(static_cast<double>(timer.nsecsElapsed()) / 1e9);
    }
    state.counters["messages"] = static_cast<double>(state.range(0));
}
BENCHMARK(BM_OpenLongConversation)->Arg(10'000)->UseManualTime()->Unit(benchmark::kMillisecond)->MinTime(2.0);

/// Runs the event loop until the batched layout of the view is complete;
/// returns the longest single step (what one frame costs meanwhile).
qint64 finishLayout(const ui::ConversationView* view, int* steps = nullptr)
{
    // Rows not laid out yet have no rectangle; the last one gets it last.
    const QModelIndex last = view->model()->index(view->model()->rowCount() - 1, 0);
    qint64 longest = 0;
    int count = 0;
    while (!view->visualRect(last).isValid()) {
        QElapsedTimer step;
        step.start();
        QApplication::processEvents();
        longest = std::max(longest, step.nsecsElapsed());
        ++count;
    }
    QApplication::processEvents();
    if (steps != nullptr) {
        *steps = count;
    }
    return longest;
}

/// After the first frame the rest of a long conversation is laid out in
/// batches between frames: the whole of it, and the longest step (the
/// frame time a reviewer scrolling meanwhile would see).
void BM_LayoutRestInBackground(benchmark::State& state)
{
    const model::MaskedTask task = longTask(10'000);
    Window window;
    qint64 longest = 0;
    int steps = 0;
    for (auto _ : state) {
        window.model->clear();
        window.paint();
        model::MaskedTask copy = task;
        QElapsedTimer timer;
        timer.start();
        window.model->setTask(std::move(copy), 0);
        window.paint();
        longest = std::max(longest, finishLayout(window.pane->conversationView(), &steps));
        state.SetIterationTime(static_cast<double>(timer.nsecsElapsed()) / 1e9);
    }
    state.counters["longest_step_ms"] = static_cast<double>(longest) / 1e6;
    state.counters["steps"] = steps;
}
BENCHMARK(BM_LayoutRestInBackground)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_ScrollFrame(benchmark::State& state)
{
    Window window;
    window.model->setTask(longTask(10'000), 0);
    window.paint();
    finishLayout(window.pane->conversationView());
    ui::ConversationView* view = window.pane->conversationView();
    QScrollBar* bar = view->verticalScrollBar();
    const QPointF at(view->viewport()->width() / 2.0, view->viewport()->height() / 2.0);
    int direction = -1;
    for (auto _ : state) {
        if (bar->value() >= bar->maximum() - bar->pageStep()) {
            direction = 1;
        } else if (bar->value() <= bar->minimum()) {
            direction = -1;
        }
        // One notch of a mouse wheel, delivered as the window system would.
        QWheelEvent wheel(at, view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120 * direction),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &wheel);
        view->viewport()->repaint();
    }
    state.counters["scroll_range_px"] = bar->maximum();
}
BENCHMARK(BM_ScrollFrame)->Unit(benchmark::kMillisecond)->MinTime(2.0);

/// The veil process from exec to its first painted window (the start screen:
/// create or unlock), then it quits: `veil --quit-when-shown`.
void BM_StartToUnlockScreen(benchmark::State& state)
{
    const QString veil = qEnvironmentVariable("VEIL_BENCH_VEIL", QStringLiteral(VEIL_BENCH_VEIL));
    QTemporaryDir profiles;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("VEIL_PROFILE_DIR"), profiles.path());
    for (auto _ : state) {
        QProcess process;
        process.setProcessEnvironment(environment);
        QElapsedTimer timer;
        timer.start();
        process.start(veil, { QStringLiteral("--quit-when-shown") });
        if (!process.waitForFinished(30'000) || process.exitCode() != 0) {
            state.SkipWithError("veil --quit-when-shown failed");
            break;
        }
        state.SetIterationTime(static_cast<double>(timer.nsecsElapsed()) / 1e9);
    }
}
BENCHMARK(BM_StartToUnlockScreen)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(10);

}  // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
