// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// veilctl profile create | request | enrol | wipe: a workstation profile from
// the command line (docs/veilctl.md, "Profiles"; docs/profile.md). Thin shell
// over model::Profile and model::ProfileWiper.

#include "Subcommand.h"

#include "model/keys/KeyFile.h"
#include "model/keys/PassphraseSource.h"
#include "model/profile/Profile.h"
#include "model/profile/ProfileWiper.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

namespace veil::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("veilctl", text);
}

const QCommandLineOption& profileOption()
{
    static const QCommandLineOption option(QStringLiteral("profile"), tr("Profile directory."),
                                           QStringLiteral("DIR"));
    return option;
}

/// Opens and unlocks the profile named by --profile.
std::unique_ptr<model::Profile> unlockProfile(const QCommandLineParser& parser)
{
    auto profile = model::Profile::open(parser.value(profileOption()), {});
    if (!profile) {
        printError(profile.error());
        return nullptr;
    }
    auto passphrase = model::PassphraseSource::obtain(tr("Profile passphrase: "), false);
    if (!passphrase) {
        printError(passphrase.error());
        return nullptr;
    }
    auto unlocked = profile.value()->unlock(passphrase.value());
    if (!unlocked) {
        printError(unlocked.error());
        return nullptr;
    }
    return std::move(profile).value();
}

int create(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Create a workstation profile: an encrypted vault with a new workstation key, trusting the given "
           "organisation roots. The passphrase is asked twice (or read from VEIL_PASSPHRASE / "
           "VEIL_PASSPHRASE_FILE)."));
    parser.addHelpOption();
    const QCommandLineOption reviewer(QStringLiteral("reviewer"), tr("Reviewer id."), QStringLiteral("ID"));
    const QCommandLineOption trust(QStringLiteral("trust"), tr("Organisation root public key (repeatable)."),
                                   QStringLiteral("ROOT.pub"));
    parser.addOptions({ profileOption(), reviewer, trust });
    if (int code = 0; !parseOrExit(parser, arguments, code)) {
        return code;
    }
    if (!parser.isSet(profileOption()) || !parser.isSet(reviewer) || !parser.isSet(trust)) {
        printError(tr("usage: profile create --profile DIR --reviewer ID --trust ROOT.pub…"));
        return kExitUsage;
    }
    model::Profile::Identity identity;
    identity.reviewerId = parser.value(reviewer);
    for (const QString& path : parser.values(trust)) {
        auto root = model::KeyFile::readPublic(path);
        if (!root) {
            printError(root.error());
            return kExitFailure;
        }
        identity.trustRoots.append(root.value());
    }
    auto passphrase = model::PassphraseSource::obtain(tr("New profile passphrase: "), true);
    if (!passphrase) {
        printError(passphrase.error());
        return kExitFailure;
    }
    auto profile = model::Profile::create(parser.value(profileOption()), identity, passphrase.value(), {});
    if (!profile) {
        printError(profile.error());
        return kExitFailure;
    }
    printOut(tr("created profile %1 for reviewer %2, workstation key %3\n")
                 .arg(parser.value(profileOption()), identity.reviewerId,
                      profile.value()->workstationPublic().keyId()));
    return kExitOk;
}

int request(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write the profile's enrolment request, for the organisation to certify (veilctl org certify)."));
    parser.addHelpOption();
    const QCommandLineOption out(QStringLiteral("out"), tr("Request file to write."), QStringLiteral("FILE"));
    parser.addOptions({ profileOption(), out });
    if (int code = 0; !parseOrExit(parser, arguments, code)) {
        return code;
    }
    if (!parser.isSet(profileOption()) || !parser.isSet(out)) {
        printError(tr("usage: profile request --profile DIR --out FILE.veilrequest"));
        return kExitUsage;
    }
    auto profile = unlockProfile(parser);
    if (profile == nullptr) {
        return kExitFailure;
    }
    auto made = profile->enrolmentRequest();
    if (!made) {
        printError(made.error());
        return kExitFailure;
    }
    QSaveFile file(parser.value(out));
    const QByteArray bytes = made.value().encode();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        printError(tr("%1: cannot write: %2").arg(parser.value(out), file.errorString()));
        return kExitFailure;
    }
    printOut(tr("wrote the enrolment request of workstation %1 to %2\n")
                 .arg(profile->workstationPublic().keyId(), parser.value(out)));
    return kExitOk;
}

int enrol(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Install the organisation's certificate (.veilcert) in the profile."));
    parser.addHelpOption();
    const QCommandLineOption certificate(QStringLiteral("certificate"), tr("Certificate file."),
                                         QStringLiteral("FILE"));
    parser.addOptions({ profileOption(), certificate });
    if (int code = 0; !parseOrExit(parser, arguments, code)) {
        return code;
    }
    if (!parser.isSet(profileOption()) || !parser.isSet(certificate)) {
        printError(tr("usage: profile enrol --profile DIR --certificate FILE.veilcert"));
        return kExitUsage;
    }
    QFile file(parser.value(certificate));
    if (!file.open(QIODevice::ReadOnly)) {
        printError(tr("%1: cannot read: %2").arg(parser.value(certificate), file.errorString()));
        return kExitFailure;
    }
    const QByteArray bytes = file.read(64 * 1024);
    auto profile = unlockProfile(parser);
    if (profile == nullptr) {
        return kExitFailure;
    }
    auto installed = profile->installCertificate(bytes, parser.value(certificate));
    if (!installed) {
        printError(installed.error());
        return kExitFailure;
    }
    printOut(tr("enrolled: reviewer %1, role %2, until %3\n")
                 .arg(profile->reviewerId(), profile->role(),
                      profile->certificate()->expires.toString(Qt::ISODate)));
    return kExitOk;
}

int wipe(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Securely delete a workstation profile: overwrite its vault, audit log and imported batches with "
           "random bytes, sync them to disk, remove them and the directory. Export the audit log and results "
           "first: a wiped profile cannot be recovered. Asks to type the profile's directory name (the "
           "reviewer id) unless --yes is given; refuses a directory that is not a Veil profile. On SSDs and "
           "copy-on-write file systems old blocks may survive the overwrite (they hold ciphertext only)."));
    parser.addHelpOption();
    const QCommandLineOption yes(QStringLiteral("yes"), tr("Do not ask for confirmation."));
    parser.addOptions({ profileOption(), yes });
    if (int code = 0; !parseOrExit(parser, arguments, code)) {
        return code;
    }
    if (!parser.isSet(profileOption()) || !parser.positionalArguments().isEmpty()) {
        printError(tr("usage: profile wipe --profile DIR [--yes]"));
        return kExitUsage;
    }
    const QString dir = QDir::cleanPath(parser.value(profileOption()));
    if (auto checked = model::ProfileWiper::check(dir); !checked) {
        printError(checked.error());
        return kExitFailure;
    }
    if (!parser.isSet(yes)) {
        // The directory of an app-created profile is named after its reviewer
        // id, which can be read without the passphrase.
        const QString name = QFileInfo(dir).fileName();
        std::fputs(qPrintable(tr("This permanently deletes the profile in %1: its vault, audit log and "
                                 "imported batches.\nType '%2' to confirm: ")
                                  .arg(dir, name)),
                   stderr);
        std::fflush(stderr);
        QTextStream input(stdin);
        if (input.readLine().trimmed() != name) {
            printError(tr("not confirmed; nothing was deleted"));
            return kExitFailure;
        }
    }
    auto wiped = model::ProfileWiper::wipe(dir);
    if (!wiped) {
        printError(wiped.error());
        return kExitFailure;
    }
    printOut(tr("wiped profile %1: %2 files (%3 bytes) overwritten and removed\n")
                 .arg(dir)
                 .arg(wiped.value().files)
                 .arg(wiped.value().bytes));
    return kExitOk;
}

}  // namespace

int runProfile(const QStringList& arguments)
{
    return dispatchGroup(arguments,
                         { { QStringLiteral("create"), tr("Create a workstation profile"), &create },
                           { QStringLiteral("request"), tr("Write its enrolment request"), &request },
                           { QStringLiteral("enrol"), tr("Install the organisation's certificate"), &enrol },
                           { QStringLiteral("wipe"), tr("Securely delete a profile"), &wipe } });
}

}  // namespace veil::cli
