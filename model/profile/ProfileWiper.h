// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/core/Result.h"

#include <QString>

namespace veil::model {

/// Deletes a workstation profile for good (`veilctl profile wipe`,
/// docs/install.md "Removing Veil and its data"): every file is overwritten
/// with random bytes and synced to disk before it is unlinked, then the
/// directories are removed and the parent directory is synced.
///
/// Refuses anything that is not a Veil profile: the directory must hold a
/// vault that Veil opens, and nothing but the files a profile consists of
/// (docs/profile.md, "Layout"); a stray file means a wrong path, and then
/// nothing is deleted. Symbolic links are never followed.
///
/// The files are ciphertext already; overwriting makes the vault's wrapped
/// key and the batches' sealed content keys unrecoverable on disks that write
/// in place. On SSDs (wear levelling) and copy-on-write or snapshotting file
/// systems (btrfs, ZFS, APFS snapshots) old blocks may survive; full-disk
/// encryption is the real protection there.
class ProfileWiper {
public:
    struct Report {
        int files = 0;  ///< files overwritten and removed
        qint64 bytes = 0;  ///< bytes overwritten
    };

    /// Done when `dir` is a Veil profile that wipe() may delete, else why not.
    static Status check(const QString& dir);
    /// check()s, then overwrites, syncs and removes every file and the
    /// directory. Stops at the first file it cannot overwrite (named in the
    /// failure), leaving the rest for a second attempt.
    static Result<Report> wipe(const QString& dir);
};

}  // namespace veil::model
