// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "ui/main/ReviewFormPane.h"

#include "model/profile/ReviewWork.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTime>
#include <QVBoxLayout>

#include <algorithm>

namespace veil::ui {

namespace {

/// The words a reviewer reads for a category the redact engine reports.
QString categoryWords(const QString& category)
{
    return category.toLower().replace(QLatin1Char('_'), QLatin1Char(' '));
}

QLabel* questionLabel(const model::RubricItem& item, QWidget* parent)
{
    auto* label = new QLabel(item.required ? ReviewFormPane::tr("%1 *").arg(item.label) : item.label, parent);
    label->setObjectName(QStringLiteral("question_%1").arg(item.id));
    label->setWordWrap(true);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

}  // namespace

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
    m_area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

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
        build(model::RubricForm());
        showMessage(tr("This batch's review form cannot be shown: %1").arg(form.error()), true);
        return;
    }
    m_rubric = form.value();
    build(*m_rubric);

    auto state = m_work->state(batchId, taskId);
    if (!state) {
        showMessage(tr("The task's state could not be read: %1").arg(state.error()), true);
        setSubmitted(true);
        return;
    }
    if (state.value() == model::TaskState::Submitted) {
        setSubmitted(true);
        showMessage(tr("This task was submitted. Its answers go into the batch's results export."), false);
        return;
    }
    auto draft = m_work->draft(batchId, taskId);
    if (!draft) {
        showMessage(tr("The saved draft could not be read: %1").arg(draft.error()), true);
    } else {
        setAnswers(draft.value());
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
    m_fields.clear();
    m_dirty = false;
    // Later, not now: a shortcut or click inside the old form may still be
    // on the stack (Ctrl+Return in the notes submits and opens the next task).
    if (QWidget* old = m_area->takeWidget()) {
        old->hide();
        old->deleteLater();
    }
    m_form = nullptr;
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
    QJsonObject answers;
    for (const Field& field : m_fields) {
        const model::RubricItem& item = field.item;
        switch (item.kind) {
        case model::RubricItem::Kind::Scale:
            if (field.choices->checkedId() >= item.minimum) {
                answers.insert(item.id, field.choices->checkedId());
            }
            break;
        case model::RubricItem::Kind::Single:
            if (field.choices->checkedId() >= 0) {
                answers.insert(item.id, item.options.value(field.choices->checkedId()));
            }
            break;
        case model::RubricItem::Kind::Multiple: {
            QJsonArray chosen;
            for (int i = 0; i < field.boxes.size(); ++i) {
                if (field.boxes[i]->isChecked()) {
                    chosen.append(item.options.value(i));
                }
            }
            if (!chosen.isEmpty()) {
                answers.insert(item.id, chosen);
            }
            break;
        }
        case model::RubricItem::Kind::Flag:
            answers.insert(item.id, field.boxes.constFirst()->isChecked());
            break;
        case model::RubricItem::Kind::Text:
            if (!field.text->toPlainText().isEmpty()) {
                answers.insert(item.id, field.text->toPlainText());
            }
            break;
        }
    }
    return answers;
}

void ReviewFormPane::build(const model::RubricForm& form)
{
    m_fields.clear();
    m_form = new QWidget;
    m_form->setObjectName(QStringLiteral("reviewForm"));
    auto* layout = new QVBoxLayout(m_form);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(6);
    if (!form.title().isEmpty()) {
        auto* title = new QLabel(form.title(), m_form);
        title->setObjectName(QStringLiteral("rubricTitle"));
        title->setWordWrap(true);
        title->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(title);
    }
    m_fields.resize(std::size_t(form.items().size()));
    for (qsizetype i = 0; i < form.items().size(); ++i) {
        Field& field = m_fields[std::size_t(i)];
        field.item = form.items()[i];
        if (i > 0) {
            layout->addSpacing(6);
        }
        layout->addWidget(buildField(field, m_form));
    }
    if (std::any_of(m_fields.cbegin(), m_fields.cend(), [](const Field& f) { return f.item.required; })) {
        auto* legend = new QLabel(tr("* needs an answer before you submit"), m_form);
        legend->setObjectName(QStringLiteral("requiredLegend"));
        legend->setForegroundRole(QPalette::PlaceholderText);
        layout->addSpacing(4);
        layout->addWidget(legend);
    }
    layout->addStretch(1);
    if (QWidget* old = m_area->takeWidget()) {
        old->deleteLater();
    }
    m_area->setWidget(m_form);
}

QWidget* ReviewFormPane::buildField(Field& field, QWidget* parent)
{
    const model::RubricItem& item = field.item;
    auto* box = new QWidget(parent);
    box->setObjectName(QStringLiteral("item_%1").arg(item.id));
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto changed = [this]() { edited(); };

    switch (item.kind) {
    case model::RubricItem::Kind::Scale: {
        layout->addWidget(questionLabel(item, box));
        field.choices = new QButtonGroup(box);
        auto* row = new QHBoxLayout;
        row->setSpacing(10);
        for (int value = item.minimum; value <= item.maximum; ++value) {
            auto* button = new QRadioButton(QString::number(value), box);
            button->setObjectName(QStringLiteral("%1_%2").arg(item.id).arg(value));
            button->setAccessibleName(tr("%1: %2").arg(item.label).arg(value));
            field.choices->addButton(button, value);
            row->addWidget(button);
        }
        row->addStretch(1);
        layout->addLayout(row);
        field.focus = field.choices->buttons().constFirst();
        connect(field.choices, &QButtonGroup::idToggled, this, changed);
        break;
    }
    case model::RubricItem::Kind::Single: {
        layout->addWidget(questionLabel(item, box));
        field.choices = new QButtonGroup(box);
        for (int i = 0; i < item.options.size(); ++i) {
            auto* button = new QRadioButton(item.options[i], box);
            button->setObjectName(QStringLiteral("%1_%2").arg(item.id).arg(i));
            field.choices->addButton(button, i);
            layout->addWidget(button);
        }
        field.focus = field.choices->buttons().constFirst();
        connect(field.choices, &QButtonGroup::idToggled, this, changed);
        break;
    }
    case model::RubricItem::Kind::Multiple:
        layout->addWidget(questionLabel(item, box));
        for (int i = 0; i < item.options.size(); ++i) {
            auto* check = new QCheckBox(item.options[i], box);
            check->setObjectName(QStringLiteral("%1_%2").arg(item.id).arg(i));
            field.boxes.append(check);
            layout->addWidget(check);
            connect(check, &QCheckBox::toggled, this, changed);
        }
        field.focus = field.boxes.constFirst();
        break;
    case model::RubricItem::Kind::Flag: {
        auto* check = new QCheckBox(item.required ? tr("%1 *").arg(item.label) : item.label, box);
        check->setObjectName(item.id);
        field.boxes.append(check);
        layout->addWidget(check);
        connect(check, &QCheckBox::toggled, this, changed);
        field.focus = check;
        break;
    }
    case model::RubricItem::Kind::Text: {
        QLabel* label = questionLabel(item, box);
        layout->addWidget(label);
        field.text = new QPlainTextEdit(box);
        field.text->setObjectName(item.id);
        field.text->setAccessibleName(item.label);
        field.text->setTabChangesFocus(true);
        field.text->setMinimumHeight(72);
        field.text->setMaximumHeight(140);
        label->setBuddy(field.text);
        layout->addWidget(field.text);
        field.warning = new QLabel(box);
        field.warning->setObjectName(QStringLiteral("personalDataWarning_%1").arg(item.id));
        field.warning->setWordWrap(true);
        field.warning->setTextFormat(Qt::PlainText);
        field.warning->setStyleSheet(QStringLiteral("QLabel { color: #8a4b00; }"));
        field.warning->hide();
        field.mask = new QPushButton(tr("Mask It"), box);
        field.mask->setObjectName(QStringLiteral("maskButton_%1").arg(item.id));
        field.mask->setToolTip(
            tr("Replace the personal data in this note with placeholders such as [PHONE]"));
        field.mask->hide();
        auto* warningRow = new QHBoxLayout;
        warningRow->addWidget(field.warning, 1);
        warningRow->addWidget(field.mask, 0, Qt::AlignTop);
        layout->addLayout(warningRow);
        const QString id = item.id;
        connect(field.mask, &QPushButton::clicked, this, [this, id]() {
            if (const Field* masked = this->field(id)) {
                maskFreeText(*masked);
            }
        });
        connect(field.text, &QPlainTextEdit::textChanged, this, [this]() {
            edited();
            if (!m_loading) {
                m_scan.start();
            }
        });
        field.focus = field.text;
        break;
    }
    }
    return box;
}

void ReviewFormPane::setAnswers(const QJsonObject& answers)
{
    m_loading = true;
    for (Field& field : m_fields) {
        const model::RubricItem& item = field.item;
        const QJsonValue value = answers.value(item.id);
        switch (item.kind) {
        case model::RubricItem::Kind::Scale:
        case model::RubricItem::Kind::Single: {
            const int id = item.kind == model::RubricItem::Kind::Scale
                ? value.toInt(-1)
                : int(item.options.indexOf(value.toString()));
            if (QAbstractButton* button = field.choices->button(id)) {
                button->setChecked(true);
            }
            break;
        }
        case model::RubricItem::Kind::Multiple: {
            const QJsonArray chosen = value.toArray();
            for (int i = 0; i < field.boxes.size(); ++i) {
                field.boxes[i]->setChecked(chosen.contains(item.options.value(i)));
            }
            break;
        }
        case model::RubricItem::Kind::Flag:
            field.boxes.constFirst()->setChecked(value.toBool());
            break;
        case model::RubricItem::Kind::Text:
            field.text->setPlainText(value.toString());
            field.text->moveCursor(QTextCursor::End);  // typing continues the note
            break;
        }
    }
    m_loading = false;
    m_dirty = false;
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
    if (m_loading || m_work == nullptr) {
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
    if (m_work == nullptr || !m_rubric) {
        return;
    }
    const QList<model::PersonalDataWarning> found = m_work->personalData(m_rubric->freeText(answers()));
    for (const Field& field : m_fields) {
        if (field.text == nullptr) {
            continue;
        }
        QStringList categories;
        for (const model::PersonalDataWarning& warning : found) {
            const QString words = categoryWords(warning.category);
            if (warning.field == field.item.id && !categories.contains(words)) {
                categories.append(words);
            }
        }
        field.warning->setVisible(!categories.isEmpty());
        field.mask->setVisible(!categories.isEmpty());
        if (!categories.isEmpty()) {
            field.warning->setText(tr("This looks like personal data (%1). Notes must not contain any; "
                                      "mask it, or it is masked on export.")
                                       .arg(categories.join(QStringLiteral(", "))));
        }
    }
}

void ReviewFormPane::maskFreeText(const Field& field)
{
    if (m_work == nullptr || field.text == nullptr) {
        return;
    }
    QJsonObject one;
    one.insert(field.item.id, field.text->toPlainText());
    int masked = 0;
    const QString clean = m_work->scrub(one, &masked).value(field.item.id).toString();
    field.text->setPlainText(clean);
    field.text->moveCursor(QTextCursor::End);
    field.text->setFocus(Qt::OtherFocusReason);
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
        if (const Field* first = field(problems.constFirst().itemId); first != nullptr && first->focus) {
            m_area->ensureWidgetVisible(first->focus);
            first->focus->setFocus(Qt::OtherFocusReason);
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

const ReviewFormPane::Field* ReviewFormPane::field(const QString& itemId) const
{
    for (const Field& candidate : m_fields) {
        if (candidate.item.id == itemId) {
            return &candidate;
        }
    }
    return nullptr;
}

}  // namespace veil::ui
