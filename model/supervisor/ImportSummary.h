// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace veil::model {

/// What one file of an import came to.
struct ImportOutcome {
    enum class Kind {
        Imported,  ///< verified and consistent: `newEntries` entries added
        Unchanged,  ///< the archive already holds exactly this history
        Duplicate,  ///< the same bytes as an earlier file of this import: skipped
        Failed,  ///< refused: `reason` says why; nothing stored before was changed
    };
    QString file;
    Kind kind = Kind::Failed;
    QString workstation;  ///< empty when the file names none
    QString reviewer;
    qint64 newEntries = 0;
    qint64 entries = 0;  ///< entries the archive holds for the workstation afterwards
    QString reason;  ///< why it failed / was skipped, in words
    qint64 entry = 0;  ///< the entry the reason concerns (0: none)

    /// One line for the import summary: the file name and what happened.
    [[nodiscard]] QString describe() const;
};

struct ImportSummary {
    QList<ImportOutcome> files;  ///< in the order the files were given
    [[nodiscard]] int count(ImportOutcome::Kind kind) const;
    /// "N files: A imported (E new entries), U unchanged, D duplicate, F failed".
    [[nodiscard]] QString headline() const;
    /// The headline, then one line per file.
    [[nodiscard]] QString text() const;
};

}  // namespace veil::model
