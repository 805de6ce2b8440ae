// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "ui/main/ReviewFormPane.h"

#include "model/profile/ReviewWork.h"
#include "ui/main/RubricFormView.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTime>
#include <QVBoxLayout>

namespace veil::ui {

ReviewFormPane::ReviewFormPane(QWidget* parent)
    : Pane(tr("Review"),
           tr("The review form for the selected task appears here: ratings, labels and notes "
              "from the batch's rubric."),
           parent)
    , m_area(new QScrollArea(this))
    , m_submitAction(new QAction(tr("Submit and &Next"), this))
    , m_message(new QLabel(this))
    , m_draftStatus(new QLabel(this))
    , m_submitButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("reviewFormPane"));
    m_area->setObjectName(QStringLiteral("reviewFormArea"));
    m_area->setWidgetResizable(true);
    m_area->setFrameShape(QFrame::NoFrame);
    // Text wraps to the pane; a row that cannot (a long check box label in a
    // large font) scrolls instead of being cut off.
    m_area->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // Not a Tab stop of its own: Tab goes from field to field, and the area
    // scrolls to show the field that has focus.
    m_area->setFocusPolicy(Qt::NoFocus);

    m_submitAction->setObjectName(QStringLiteral("actionSubmitAndNext"));
    m_submitAction->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    m_submitAction->setShortcutContext(Qt::WindowShortcut);
    m_submitAction->setEnabled(false);
    connect(m_submitAction, &QAction::triggered, this, &ReviewFormPane::submitAndNext);
    addAction(m_submitAction);

    m_message->setObjectName(QStringLiteral("reviewMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setContentsMargins(8, 4, 8, 4);
    m_message->hide();
    m_draftStatus->setObjectName(QStringLiteral("draftStatus"));
    m_draftStatus->setForegroundRole(QPalette::PlaceholderText);
    m_submitButton->setObjectName(QStringLiteral("submitButton"));
    m_submitButton->setText(tr("Submit and Next"));
    m_submitButton->setToolTip(tr("Submit this task's answers and open the next task (%1)")
                                   .arg(m_submitAction->shortcut().toString(QKeySequence::NativeText)));
    m_submitButton->setEnabled(false);
    m_submitButton->setDefault(false);
    connect(m_submitButton, &QPushButton::clicked, m_submitAction, &QAction::trigger);
    connect(m_submitAction, &QAction::enabledChanged, m_submitButton, &QWidget::setEnabled);

    auto* content = new QWidget(this);
    content->setObjectName(QStringLiteral("reviewFormContent"));
    auto* footer = new QHBoxLayout;
    footer->setContentsMargins(8, 6, 8, 8);
    footer->addWidget(m_draftStatus, 1);
    footer->addWidget(m_submitButton);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_area, 1);
    layout->addWidget(m_message);
    layout->addLayout(footer);
    setContent(content);
    setMinimumWidth(260);

    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveMs);
    connect(&m_autosave, &QTimer::timeout, this, &ReviewFormPane::flush);
    m_scan.setSingleShot(true);
    m_scan.setInterval(kScanMs);
    connect(&m_scan, &QTimer::timeout, this, &ReviewFormPane::scanFreeText);
}

ReviewFormPane::~ReviewFormPane() = default;

void ReviewFormPane::setTask(model::ReviewWork* work, const QString& batchId, const QString& taskId,
                             const QJsonObject& rubric)
{
    if (work == m_work && batchId == m_batchId && taskId == m_taskId && m_work != nullptr) {
        return;
    }
    clear();
    if (work == nullptr || taskId.isEmpty()) {
        return;
    }
    m_work = work;
    m_batchId = batchId;
    m_taskId = taskId;
    setHasContent(true);
    auto form = model::RubricForm::parse(rubric);
    if (!form) {
        showForm(new RubricFormView(model::RubricForm()));
        showMessage(tr("This batch's review form cannot be shown: %1").arg(form.error()), true);
        return;
    }
    m_rubric = form.value();
    showForm(new RubricFormView(*m_rubric));

    auto state = m_work->state(batchId, taskId);
    if (!state) {
        showMessage(tr("The task's state could not be read: %1").arg(state.error()), true);
        setSubmitted(true);
        return;
    }
    if (state.value() == model::TaskState::Submitted) {
        // The answers as submitted, read-only, free text as it will be exported.
        auto submitted = m_work->submitted(batchId, taskId);
        if (!submitted) {
            showMessage(
                tr("This task was submitted, but its answers could not be read: %1").arg(submitted.error()),
                true);
        } else {
            m_form->setAnswers(submitted.value());
            showMessage(tr("This task was submitted. Its answers go into the batch's results export."),
                        false);
        }
        setSubmitted(true);
        return;
    }
    auto draft = m_work->draft(batchId, taskId);
    if (!draft) {
        showMessage(tr("The saved draft could not be read: %1").arg(draft.error()), true);
    } else {
        m_form->setAnswers(draft.value());
        if (!draft.value().isEmpty()) {
            m_draftStatus->setText(tr("Draft restored"));
        }
    }
    setSubmitted(false);
    m_started = state.value() != model::TaskState::New;
    scanFreeText();
}

void ReviewFormPane::clear()
{
    flush();
    m_autosave.stop();
    m_scan.stop();
    m_work = nullptr;
    m_batchId.clear();
    m_taskId.clear();
    m_rubric.reset();
    m_dirty = false;
    m_started = false;
    showForm(nullptr);
    m_message->hide();
    m_draftStatus->clear();
    m_submitAction->setEnabled(false);
    setHasContent(false);
}

bool ReviewFormPane::flush()
{
    m_autosave.stop();
    if (!m_dirty || m_work == nullptr) {
        return true;
    }
    auto saved = m_work->saveDraft(m_batchId, m_taskId, answers());
    if (!saved) {
        showMessage(tr("The draft could not be saved: %1").arg(saved.error()), true);
        return false;
    }
    m_dirty = false;
    m_draftStatus->setText(
        tr("Draft saved at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    return true;
}

QJsonObject ReviewFormPane::answers() const
{
    return m_form != nullptr ? m_form->answers() : QJsonObject();
}

void ReviewFormPane::showForm(RubricFormView* view)
{
    // The old form goes later, not now: a shortcut or click inside it may
    // still be on the stack (Ctrl+Return in the notes submits and opens the
    // next task).
    if (QWidget* old = m_area->takeWidget()) {
        old->hide();
        old->deleteLater();
    }
    m_form = view;
    if (view == nullptr) {
        return;
    }
    connect(view, &RubricFormView::edited, this, &ReviewFormPane::edited);
    connect(view, &RubricFormView::textEdited, &m_scan, qOverload<>(&QTimer::start));
    connect(view, &RubricFormView::maskRequested, this, &ReviewFormPane::maskFreeText);
    m_area->setWidget(view);
    // Tab goes through the questions before it reaches "Submit and Next",
    // as they are read, although the form is built after the button.
    // (setTabOrder() ignores a widget that takes no focus, like a label.)
    QWidget* last = nullptr;
    for (QWidget* next = view->nextInFocusChain(); view->isAncestorOf(next);
         next = next->nextInFocusChain()) {
        if (next->focusPolicy() != Qt::NoFocus) {
            last = next;
        }
    }
    if (last != nullptr) {
        QWidget::setTabOrder(last, m_submitButton);
    }
}

void ReviewFormPane::setSubmitted(bool submitted)
{
    if (m_form != nullptr) {
        m_form->setEnabled(!submitted);
    }
    m_submitAction->setEnabled(!submitted && m_rubric.has_value());
}

void ReviewFormPane::edited()
{
    if (m_work == nullptr) {
        return;
    }
    m_dirty = true;
    if (!m_started) {
        // The first answer starts the task: saved at once, so that the queue
        // shows it "in progress" now. Merely looking at a task (the window
        // opens the first one by itself) does not.
        if (flush()) {
            m_started = true;
            emit stateChanged();
        }
    } else {
        m_autosave.start();
    }
    if (m_message->isVisible() && m_message->property("problem").toBool()) {
        // The reviewer is fixing what the last submit attempt named.
        m_message->hide();
    }
}

void ReviewFormPane::scanFreeText()
{
    m_scan.stop();
    if (m_work == nullptr || !m_rubric || m_form == nullptr) {
        return;
    }
    m_form->showPersonalData(m_work->personalData(m_rubric->freeText(answers())));
}

void ReviewFormPane::maskFreeText(const QString& itemId)
{
    if (m_work == nullptr || m_form == nullptr) {
        return;
    }
    QJsonObject one;
    one.insert(itemId, m_form->text(itemId));
    int masked = 0;
    m_form->replaceText(itemId, m_work->scrub(one, &masked).value(itemId).toString());
    scanFreeText();
    m_draftStatus->setText(masked == 1 ? tr("1 value masked") : tr("%1 values masked").arg(masked));
}

void ReviewFormPane::submitAndNext()
{
    if (m_work == nullptr || !m_rubric || !m_submitAction->isEnabled()) {
        return;
    }
    m_autosave.stop();
    const QJsonObject given = answers();
    const QList<model::RubricForm::Problem> problems = m_rubric->check(given);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const auto& problem : problems) {
            lines << problem.message;
        }
        showMessage(tr("Not submitted yet:\n%1").arg(lines.join(QLatin1Char('\n'))), true);
        if (QWidget* first = m_form->input(problems.constFirst().itemId)) {
            m_area->ensureWidgetVisible(first);
            first->setFocus(Qt::OtherFocusReason);
        }
        flush();
        return;
    }
    auto stored = m_work->submit(m_batchId, m_taskId, given);
    if (!stored) {
        showMessage(tr("Not submitted: %1").arg(stored.error()), true);
        return;
    }
    m_dirty = false;
    setSubmitted(true);
    showMessage(tr("Submitted."), false);
    m_draftStatus->clear();
    emit stateChanged();
    emit submitted(m_batchId, m_taskId, int(stored.value().size()));
}

void ReviewFormPane::showMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    m_message->setProperty("problem", problem);
    m_message->setStyleSheet(problem ? QStringLiteral("QLabel { color: #a40000; }") : QString());
    m_message->setVisible(!text.isEmpty());
}

}  // namespace veil::ui
