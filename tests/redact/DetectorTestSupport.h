// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

// What the detector's table-driven tests share: one built-in Detector per
// test binary and readable descriptions of what it found.

#include "redact/detect/Detector.h"

#include <QString>
#include <QStringList>

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
