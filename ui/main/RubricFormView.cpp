// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "ui/main/RubricFormView.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace veil::ui {

namespace {

using Kind = model::RubricItem::Kind;

/// The words a reviewer reads for a category the redact engine reports.
QString categoryWords(const QString& category)
{
    return category.toLower().replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString itemLabel(const model::RubricItem& item)
{
    return item.required ? RubricFormView::tr("%1 *").arg(item.label) : item.label;
}

QLabel* questionLabel(const model::RubricItem& item, QWidget* parent)
{
    auto* label = new QLabel(itemLabel(item), parent);
    label->setObjectName(QStringLiteral("question_%1").arg(item.id));
    label->setWordWrap(true);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

}  // namespace

RubricFormView::RubricFormView(const model::RubricForm& form, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("reviewForm"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(6);
    if (!form.title().isEmpty()) {
        auto* title = new QLabel(form.title(), this);
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
        layout->addWidget(buildField(field));
    }
    if (std::any_of(m_fields.cbegin(), m_fields.cend(), [](const Field& f) { return f.item.required; })) {
        auto* legend = new QLabel(tr("* needs an answer before you submit"), this);
        legend->setObjectName(QStringLiteral("requiredLegend"));
        legend->setForegroundRole(QPalette::PlaceholderText);
        layout->addSpacing(4);
        layout->addWidget(legend);
    }
    layout->addStretch(1);
}

RubricFormView::~RubricFormView() = default;

QWidget* RubricFormView::buildField(Field& field)
{
    const model::RubricItem& item = field.item;
    auto* box = new QWidget(this);
    box->setObjectName(QStringLiteral("item_%1").arg(item.id));
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    switch (item.kind) {
    case Kind::Scale:
    case Kind::Single:
        buildChoices(field, box, item.kind == Kind::Scale);
        break;
    case Kind::Multiple:
        layout->addWidget(questionLabel(item, box));
        for (int i = 0; i < item.options.size(); ++i) {
            auto* check = new QCheckBox(item.options[i], box);
            check->setObjectName(QStringLiteral("%1_%2").arg(item.id).arg(i));
            field.boxes.append(check);
            layout->addWidget(check);
            connect(check, &QCheckBox::toggled, this, &RubricFormView::changed);
        }
        field.focus = field.boxes.constFirst();
        break;
    case Kind::Flag: {
        auto* check = new QCheckBox(itemLabel(item), box);
        check->setObjectName(item.id);
        field.boxes.append(check);
        layout->addWidget(check);
        connect(check, &QCheckBox::toggled, this, &RubricFormView::changed);
        field.focus = check;
        break;
    }
    case Kind::Text:
        buildText(field, box);
        break;
    }
    return box;
}

void RubricFormView::buildChoices(Field& field, QWidget* box, bool scale)
{
    const model::RubricItem& item = field.item;
    auto* layout = static_cast<QVBoxLayout*>(box->layout());
    layout->addWidget(questionLabel(item, box));
    field.choices = new QButtonGroup(box);
    // A scale is one row of numbers; choices stack, as their words vary in length.
    auto* row = scale ? new QHBoxLayout : nullptr;
    const int count = scale ? item.maximum - item.minimum + 1 : int(item.options.size());
    for (int i = 0; i < count; ++i) {
        const int id = scale ? item.minimum + i : i;
        auto* button = new QRadioButton(scale ? QString::number(id) : item.options[i], box);
        button->setObjectName(QStringLiteral("%1_%2").arg(item.id).arg(id));
        button->setAccessibleName(tr("%1: %2").arg(item.label, button->text()));
        field.choices->addButton(button, id);
        if (row != nullptr) {
            row->addWidget(button);
        } else {
            layout->addWidget(button);
        }
    }
    if (row != nullptr) {
        row->setSpacing(10);
        row->addStretch(1);
        layout->addLayout(row);
    }
    field.focus = field.choices->buttons().constFirst();
    connect(field.choices, &QButtonGroup::idToggled, this, &RubricFormView::changed);
}

void RubricFormView::buildText(Field& field, QWidget* box)
{
    const model::RubricItem& item = field.item;
    auto* layout = static_cast<QVBoxLayout*>(box->layout());
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
    field.mask->setToolTip(tr("Replace the personal data in this note with placeholders such as [PHONE]"));
    field.mask->hide();
    auto* warningRow = new QHBoxLayout;
    warningRow->addWidget(field.warning, 1);
    warningRow->addWidget(field.mask, 0, Qt::AlignTop);
    layout->addLayout(warningRow);
    const QString id = item.id;
    connect(field.mask, &QPushButton::clicked, this, [this, id]() { emit maskRequested(id); });
    connect(field.text, &QPlainTextEdit::textChanged, this, [this]() {
        changed();
        if (!m_loading) {
            emit textEdited();
        }
    });
    field.focus = field.text;
}

void RubricFormView::changed()
{
    if (!m_loading) {
        emit edited();
    }
}

QJsonObject RubricFormView::answers() const
{
    QJsonObject answers;
    for (const Field& field : m_fields) {
        const model::RubricItem& item = field.item;
        switch (item.kind) {
        case Kind::Scale:
            if (field.choices->checkedId() >= item.minimum) {
                answers.insert(item.id, field.choices->checkedId());
            }
            break;
        case Kind::Single:
            if (field.choices->checkedId() >= 0) {
                answers.insert(item.id, item.options.value(field.choices->checkedId()));
            }
            break;
        case Kind::Multiple: {
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
        case Kind::Flag:
            answers.insert(item.id, field.boxes.constFirst()->isChecked());
            break;
        case Kind::Text:
            if (!field.text->toPlainText().isEmpty()) {
                answers.insert(item.id, field.text->toPlainText());
            }
            break;
        }
    }
    return answers;
}

void RubricFormView::setAnswers(const QJsonObject& answers)
{
    m_loading = true;
    for (Field& field : m_fields) {
        const model::RubricItem& item = field.item;
        const QJsonValue value = answers.value(item.id);
        switch (item.kind) {
        case Kind::Scale:
        case Kind::Single: {
            const int id
                = item.kind == Kind::Scale ? value.toInt(-1) : int(item.options.indexOf(value.toString()));
            if (QAbstractButton* button = field.choices->button(id)) {
                button->setChecked(true);
            }
            break;
        }
        case Kind::Multiple: {
            const QJsonArray chosen = value.toArray();
            for (int i = 0; i < field.boxes.size(); ++i) {
                field.boxes[i]->setChecked(chosen.contains(item.options.value(i)));
            }
            break;
        }
        case Kind::Flag:
            field.boxes.constFirst()->setChecked(value.toBool());
            break;
        case Kind::Text:
            field.text->setPlainText(value.toString());
            field.text->moveCursor(QTextCursor::End);  // typing continues the note
            break;
        }
    }
    m_loading = false;
}

void RubricFormView::showPersonalData(const QList<model::PersonalDataWarning>& found)
{
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

QString RubricFormView::text(const QString& itemId) const
{
    const Field* found = field(itemId);
    return found != nullptr && found->text != nullptr ? found->text->toPlainText() : QString();
}

void RubricFormView::replaceText(const QString& itemId, const QString& text)
{
    const Field* found = field(itemId);
    if (found == nullptr || found->text == nullptr) {
        return;
    }
    found->text->setPlainText(text);
    found->text->moveCursor(QTextCursor::End);
    found->text->setFocus(Qt::OtherFocusReason);
}

QWidget* RubricFormView::input(const QString& itemId) const
{
    const Field* found = field(itemId);
    return found != nullptr ? found->focus : nullptr;
}

const RubricFormView::Field* RubricFormView::field(const QString& itemId) const
{
    for (const Field& candidate : m_fields) {
        if (candidate.item.id == itemId) {
            return &candidate;
        }
    }
    return nullptr;
}

}  // namespace veil::ui
