// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/profile/ProfileWiper.h"

#include "model/profile/Profile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <array>

#if defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace veil::model {

namespace {

constexpr qint64 kChunkBytes = 64 * 1024;

/// The entries a profile directory may hold (docs/profile.md, "Layout"):
/// the two SQLite databases with their WAL, shared-memory and rollback
/// journal files, and batches/. Extend it when a profile gains a file.
bool isProfileEntry(const QString& name)
{
    static const QRegularExpression known(
        QStringLiteral("^(?:(?:vault|audit)\\.sqlite(?:-wal|-shm|-journal)?|batches)$"));
    return known.match(name).hasMatch();
}

QDir::Filters everyEntry()
{
    return QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot;
}

/// Forces the file's data to the disk (not just the OS cache).
bool syncToDisk(QFile& file)
{
#if defined(Q_OS_WIN)
    const auto handle = reinterpret_cast<HANDLE>(_get_osfhandle(file.handle()));
    return FlushFileBuffers(handle) != 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

/// Syncs a directory so that the unlinks in it are durable (POSIX only).
void syncDirectory(const QString& path)
{
#if !defined(Q_OS_WIN)
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        static_cast<void>(::fsync(fd));
        static_cast<void>(::close(fd));
    }
#else
    Q_UNUSED(path);
#endif
}

Status overwriteAndRemove(const QString& path, ProfileWiper::Report& report)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) {
        return fail(QStringLiteral("%1: cannot open for overwriting: %2").arg(path, file.errorString()));
    }
    const qint64 size = file.size();
    std::array<quint32, kChunkBytes / sizeof(quint32)> noise {};
    for (qint64 done = 0; done < size;) {
        const qint64 chunk = qMin(kChunkBytes, size - done);
        QRandomGenerator::global()->fillRange(noise.data(), noise.size());
        if (file.write(reinterpret_cast<const char*>(noise.data()), chunk) != chunk) {
            return fail(QStringLiteral("%1: cannot overwrite: %2").arg(path, file.errorString()));
        }
        done += chunk;
    }
    if (!file.flush() || !syncToDisk(file)) {
        return fail(QStringLiteral("%1: cannot sync the overwritten file to disk").arg(path));
    }
    file.close();
    if (!QFile::remove(path)) {
        return fail(QStringLiteral("%1: overwritten but cannot be removed").arg(path));
    }
    ++report.files;
    report.bytes += size;
    return Done {};
}

/// Regular files only; a symbolic link is removed, never followed.
Status wipeEntry(const QFileInfo& entry, ProfileWiper::Report& report)
{
    if (entry.isSymLink()) {
        return QFile::remove(entry.filePath())
            ? Status(Done {})
            : Status(fail(QStringLiteral("%1: cannot remove the link").arg(entry.filePath())));
    }
    return overwriteAndRemove(entry.filePath(), report);
}

}  // namespace

Status ProfileWiper::check(const QString& dir)
{
    const QFileInfo info(dir);
    if (!info.exists()) {
        return fail(QStringLiteral("%1 does not exist").arg(dir));
    }
    if (info.isSymLink() || !info.isDir()) {
        return fail(QStringLiteral("%1 is not a directory (links are not followed)").arg(dir));
    }
    const QFileInfo vault(Profile::vaultPath(dir));
    if (!vault.isFile() || vault.isSymLink()) {
        return fail(QStringLiteral("%1 is not a Veil profile (no vault.sqlite)").arg(dir));
    }
    {
        // Opening reads the vault's metadata only; no passphrase needed, so a
        // profile whose passphrase is lost can still be wiped.
        auto opened = Profile::open(dir, {});
        if (!opened) {
            return fail(QStringLiteral("%1 is not a Veil profile: %2").arg(dir, opened.error()));
        }
    }
    const QDir root(dir);
    for (const QFileInfo& entry : root.entryInfoList(everyEntry())) {
        if (!isProfileEntry(entry.fileName())) {
            return fail(
                QStringLiteral("%1 holds '%2', which is not part of a Veil profile; nothing was deleted")
                    .arg(dir, entry.fileName()));
        }
    }
    const QFileInfo batches(Profile::batchDirectory(dir));
    if (batches.exists()) {
        if (batches.isSymLink() || !batches.isDir()) {
            return fail(QStringLiteral("%1 is not a directory; nothing was deleted").arg(batches.filePath()));
        }
        for (const QFileInfo& entry : QDir(batches.filePath()).entryInfoList(everyEntry())) {
            if (entry.isDir() && !entry.isSymLink()) {
                return fail(QStringLiteral(
                                "%1 holds the directory '%2', which is not part of a Veil profile; nothing "
                                "was deleted")
                                .arg(batches.filePath(), entry.fileName()));
            }
        }
    }
    return Done {};
}

Result<ProfileWiper::Report> ProfileWiper::wipe(const QString& dir)
{
    auto checked = check(dir);
    if (!checked) {
        return fail(checked.error());
    }
    Report report;
    const QString batchDir = Profile::batchDirectory(dir);
    if (QFileInfo::exists(batchDir)) {
        for (const QFileInfo& entry : QDir(batchDir).entryInfoList(everyEntry())) {
            auto wiped = wipeEntry(entry, report);
            if (!wiped) {
                return fail(wiped.error());
            }
        }
        syncDirectory(batchDir);
        if (!QDir(dir).rmdir(QStringLiteral("batches"))) {
            return fail(QStringLiteral("%1: cannot remove the directory").arg(batchDir));
        }
    }
    for (const QFileInfo& entry : QDir(dir).entryInfoList(everyEntry())) {
        auto wiped = wipeEntry(entry, report);
        if (!wiped) {
            return fail(wiped.error());
        }
    }
    const QString absolute = QFileInfo(dir).absoluteFilePath();
    const QString parent = QFileInfo(absolute).absolutePath();
    if (!QDir(parent).rmdir(QFileInfo(absolute).fileName())) {
        return fail(QStringLiteral("%1: the files are wiped but the directory cannot be removed").arg(dir));
    }
    syncDirectory(parent);
    return report;
}

}  // namespace veil::model
