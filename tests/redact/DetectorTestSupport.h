// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

// What the detector's table-driven tests share: one built-in Detector per
// test binary and readable descriptions of what it found.

#include "redact/detect/Detector.h"

#include <QString>
#include <QStringList>
#include <QtTest>

#include <string>
#include <string_view>
#include <vector>

namespace veil::redact::testing {

/// The detector of the built-in catalogue, compiled once per test binary.
inline const Detector& detector()
{
    static const auto instance = Detector::create(Catalogue::builtin()).value();
    return *instance;
}

inline QString categoryOf(const DetectedSpan& s)
{
    const std::string_view name = categoryName(s.category);
    return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

/// "PERSON:'Ana Lima', PHONE:'+44 …'": what a failing row prints.
inline QString describe(std::string_view text, const std::vector<DetectedSpan>& spans)
{
    QStringList parts;
    for (const auto& s : spans) {
        parts << QStringLiteral("%1:'%2'").arg(
            categoryOf(s), QString::fromUtf8(text.data() + s.begin, static_cast<qsizetype>(s.end - s.begin)));
    }
    return parts.join(QStringLiteral(", "));
}

/// Whether `spans` hold exactly the first occurrence of `value` in `utf8`, as `category`.
inline bool hasExactSpan(std::string_view utf8, const std::vector<DetectedSpan>& spans,
                         std::string_view value, const QString& category)
{
    const std::size_t at = utf8.find(value);
    for (const auto& s : spans) {
        if (at != std::string_view::npos && s.begin == at && s.end == at + value.size()
            && categoryOf(s) == category) {
            return true;
        }
    }
    return false;
}

/// The table of "finds exactly this value as this category" tests: columns,
/// one row, and what is wrong with a row (the test slot asserts it is nothing).
inline void addExactValueColumns()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("category");
}

inline void exactValueRow(const char* name, const char* text, const char* value, const char* category)
{
    QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(value)
                        << QString::fromLatin1(category);
}

/// Empty when the detector finds exactly `value` in `text` as `category`;
/// otherwise what it found, for the failure message.
inline QString exactValueProblem(const QString& text, const QString& value, const QString& category)
{
    const std::string utf8 = text.toStdString();
    const auto spans = detector().detect(utf8);
    return hasExactSpan(utf8, spans, value.toStdString(), category)
        ? QString()
        : QStringLiteral("got: ") + describe(utf8, spans);
}

/// The table of hard negatives: texts in which the detector must find nothing.
inline void addHardNegativeColumns()
{
    QTest::addColumn<QString>("text");
}

inline void hardNegativeRow(const char* name, const char* text)
{
    QTest::newRow(name) << QString::fromUtf8(text);
}

/// Empty when the detector finds nothing in `text`; otherwise what it found.
inline QString unexpectedSpans(const QString& text)
{
    const std::string utf8 = text.toStdString();
    const auto spans = detector().detect(utf8);
    return spans.empty() ? QString() : QStringLiteral("unexpected: ") + describe(utf8, spans);
}

/// The PERSON spans the detector finds in `text`, as text.
inline QStringList persons(const QString& text)
{
    const std::string utf8 = text.toStdString();
    QStringList found;
    for (const DetectedSpan& s : detector().detect(utf8)) {
        if (s.category == Category::Person) {
            found << QString::fromUtf8(utf8.data() + s.begin, static_cast<qsizetype>(s.end - s.begin));
        }
    }
    return found;
}

}  // namespace veil::redact::testing
