// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/supervisor/ImportSummary.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace veil::model {

namespace {

QString tr(const char* text)
{
    // The context of the strings when they lived in AuditArchive.cpp: the translations keep matching.
    return QCoreApplication::translate("AuditArchive", text);
}

}  // namespace

QString ImportOutcome::describe() const
{
    const QString name = QFileInfo(file).fileName();
    const QString who = reviewer.isEmpty() ? workstation : tr("%1, reviewer %2").arg(workstation, reviewer);
    switch (kind) {
    case Kind::Imported:
        return tr("%1: imported (%2): %3 new entries, %4 in the archive")
            .arg(name, who)
            .arg(newEntries)
            .arg(entries);
    case Kind::Unchanged:
        return tr("%1: unchanged (%2): %3").arg(name, who, reason);
    case Kind::Duplicate:
        return tr("%1: duplicate file: %2").arg(name, reason);
    case Kind::Failed:
        break;
    }
    return who.isEmpty() ? tr("%1: failed: %2").arg(name, reason)
                         : tr("%1: failed (%2): %3").arg(name, who, reason);
}

int ImportSummary::count(ImportOutcome::Kind kind) const
{
    return static_cast<int>(
        std::count_if(files.begin(), files.end(), [kind](const ImportOutcome& o) { return o.kind == kind; }));
}

QString ImportSummary::headline() const
{
    qint64 added = 0;
    for (const ImportOutcome& outcome : files) {
        added += outcome.newEntries;
    }
    return (files.size() == 1 ? tr("1 file: ") : tr("%1 files: ").arg(files.size()))
        + tr("%1 imported (%2 new entries), %3 unchanged, %4 duplicate, %5 failed")
              .arg(count(ImportOutcome::Kind::Imported))
              .arg(added)
              .arg(count(ImportOutcome::Kind::Unchanged))
              .arg(count(ImportOutcome::Kind::Duplicate))
              .arg(count(ImportOutcome::Kind::Failed));
}

QString ImportSummary::text() const
{
    QString out = headline() + QLatin1Char('\n');
    for (const ImportOutcome& outcome : files) {
        out += outcome.describe() + QLatin1Char('\n');
    }
    return out;
}

}  // namespace veil::model
