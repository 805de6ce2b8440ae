// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/review/RubricForm.h"

#include <QJsonArray>
#include <QSet>

#include <optional>

namespace veil::model {

namespace {

/// Bounds that keep a scale drawable as one row of choices.
constexpr int kMaxScaleSteps = 11;
constexpr qsizetype kMaxItems = 64;
constexpr qsizetype kMaxOptions = 32;

std::optional<RubricItem::Kind> kindFromName(const QString& name)
{
    if (name == QLatin1String("scale")) {
        return RubricItem::Kind::Scale;
    }
    if (name == QLatin1String("single")) {
        return RubricItem::Kind::Single;
    }
    if (name == QLatin1String("multiple")) {
        return RubricItem::Kind::Multiple;
    }
    if (name == QLatin1String("flag")) {
        return RubricItem::Kind::Flag;
    }
    if (name == QLatin1String("text")) {
        return RubricItem::Kind::Text;
    }
    return std::nullopt;
}

Result<RubricItem> parseItem(const QJsonObject& object, int position)
{
    RubricItem item;
    item.id = object.value(QStringLiteral("id")).toString();
    const QString where = item.id.isEmpty() ? QStringLiteral("item %1").arg(position + 1)
                                            : QStringLiteral("item \"%1\"").arg(item.id);
    if (item.id.isEmpty()) {
        return fail(QStringLiteral("rubric %1 has no id").arg(where));
    }
    const QString kindName = object.value(QStringLiteral("type")).toString();
    const auto kind = kindFromName(kindName);
    if (!kind) {
        return fail(QStringLiteral("rubric %1 has an unknown type \"%2\" (expected scale, single, multiple, "
                                   "flag or text)")
                        .arg(where, kindName));
    }
    item.kind = *kind;
    item.label = object.value(QStringLiteral("label")).toString(item.id);
    if (item.kind == RubricItem::Kind::Scale) {
        item.minimum = object.value(QStringLiteral("min")).toInt(1);
        item.maximum = object.value(QStringLiteral("max")).toInt(5);
        if (item.maximum < item.minimum || item.maximum - item.minimum >= kMaxScaleSteps) {
            return fail(QStringLiteral("rubric %1: the scale %2..%3 must hold 1 to %4 steps")
                            .arg(where)
                            .arg(item.minimum)
                            .arg(item.maximum)
                            .arg(kMaxScaleSteps));
        }
    }
    if (item.kind == RubricItem::Kind::Single || item.kind == RubricItem::Kind::Multiple) {
        const QJsonArray options = object.value(QStringLiteral("options")).toArray();
        for (const QJsonValue& option : options) {
            const QString text = option.toString();
            if (text.isEmpty() || item.options.contains(text)) {
                return fail(QStringLiteral("rubric %1 has an empty or repeated option").arg(where));
            }
            item.options.append(text);
        }
        if (item.options.isEmpty() || item.options.size() > kMaxOptions) {
            return fail(QStringLiteral("rubric %1 needs 1 to %2 options").arg(where).arg(kMaxOptions));
        }
    }
    const bool requiredByDefault
        = item.kind == RubricItem::Kind::Scale || item.kind == RubricItem::Kind::Single;
    item.required = object.value(QStringLiteral("required")).toBool(requiredByDefault);
    return item;
}

bool isAnswered(const RubricItem& item, const QJsonValue& value)
{
    switch (item.kind) {
    case RubricItem::Kind::Scale:
        return value.isDouble();
    case RubricItem::Kind::Single:
    case RubricItem::Kind::Text:
        return !value.toString().trimmed().isEmpty();
    case RubricItem::Kind::Multiple:
        return !value.toArray().isEmpty();
    case RubricItem::Kind::Flag:
        return value.toBool();
    }
    return false;
}

/// Why `value` is no valid answer to `item`, or empty.
QString invalidAnswer(const RubricItem& item, const QJsonValue& value)
{
    switch (item.kind) {
    case RubricItem::Kind::Scale: {
        const double number = value.toDouble(-1e9);
        if (!value.isDouble() || number != double(int(number)) || number < item.minimum
            || number > item.maximum) {
            return RubricForm::tr("\"%1\" needs a whole number from %2 to %3.")
                .arg(item.label)
                .arg(item.minimum)
                .arg(item.maximum);
        }
        return {};
    }
    case RubricItem::Kind::Single:
        if (!value.isString() || (!value.toString().isEmpty() && !item.options.contains(value.toString()))) {
            return RubricForm::tr("\"%1\" needs one of its options.").arg(item.label);
        }
        return {};
    case RubricItem::Kind::Multiple: {
        if (!value.isArray()) {
            return RubricForm::tr("\"%1\" needs a list of its options.").arg(item.label);
        }
        for (const QJsonValue& option : value.toArray()) {
            if (!item.options.contains(option.toString())) {
                return RubricForm::tr("\"%1\" has an option it does not offer.").arg(item.label);
            }
        }
        return {};
    }
    case RubricItem::Kind::Flag:
        return value.isBool() ? QString() : RubricForm::tr("\"%1\" needs yes or no.").arg(item.label);
    case RubricItem::Kind::Text:
        return value.isString() ? QString() : RubricForm::tr("\"%1\" needs text.").arg(item.label);
    }
    return {};
}

}  // namespace

Result<RubricForm> RubricForm::parse(const QJsonObject& rubric)
{
    const QJsonValue items = rubric.value(QStringLiteral("items"));
    if (!items.isArray() || items.toArray().isEmpty()) {
        return fail(QStringLiteral("the batch's rubric has no items"));
    }
    if (items.toArray().size() > kMaxItems) {
        return fail(QStringLiteral("the batch's rubric has more than %1 items").arg(kMaxItems));
    }
    RubricForm form;
    form.m_title = rubric.value(QStringLiteral("title")).toString();
    QSet<QString> ids;
    int position = 0;
    for (const QJsonValue& value : items.toArray()) {
        auto item = parseItem(value.toObject(), position++);
        if (!item) {
            return fail(item.error());
        }
        if (ids.contains(item.value().id)) {
            return fail(QStringLiteral("the batch's rubric repeats the item id \"%1\"").arg(item.value().id));
        }
        ids.insert(item.value().id);
        form.m_items.append(item.value());
    }
    return form;
}

const RubricItem* RubricForm::item(const QString& id) const
{
    for (const RubricItem& candidate : m_items) {
        if (candidate.id == id) {
            return &candidate;
        }
    }
    return nullptr;
}

QList<RubricForm::Problem> RubricForm::check(const QJsonObject& answers) const
{
    QList<Problem> problems;
    for (const RubricItem& item : m_items) {
        const QJsonValue value = answers.value(item.id);
        const bool present = !value.isUndefined() && !value.isNull();
        if (const QString invalid = present ? invalidAnswer(item, value) : QString(); !invalid.isEmpty()) {
            problems.append({ item.id, invalid });
        } else if (item.required && (!present || !isAnswered(item, value))) {
            problems.append({ item.id, tr("\"%1\" needs an answer.").arg(item.label) });
        }
    }
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        if (item(it.key()) == nullptr) {
            problems.append({ it.key(), tr("The rubric has no question \"%1\".").arg(it.key()) });
        }
    }
    return problems;
}

QJsonObject RubricForm::freeText(const QJsonObject& answers) const
{
    QJsonObject text;
    for (const RubricItem& item : m_items) {
        if (item.kind == RubricItem::Kind::Text && answers.value(item.id).isString()) {
            text.insert(item.id, answers.value(item.id));
        }
    }
    return text;
}

}  // namespace veil::model
