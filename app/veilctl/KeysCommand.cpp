// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// veilctl org init | issuer create | keys generate | keys show: thin shells
// over model/keys (docs/veilctl.md).

#include "Subcommand.h"

#include "model/keys/KeyFactory.h"
#include "model/keys/KeyFile.h"
#include "model/keys/PassphraseSource.h"
#include "model/keys/WorkstationCertificate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace veil::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("veilctl", text);
}

/// Writes DIR/<stem>.key and DIR/<stem>.pub (or PATH.key/.pub when `out` has no trailing slash and is not a
/// dir).
int writeKeyPair(const model::SecretKey& key, const QString& keyPath, const QString& pubPath, bool confirm)
{
    const QString& name = key.publicKey.name;
    const bool printable = std::all_of(name.begin(), name.end(), [](QChar c) { return c.isPrint(); });
    if (name.trimmed().isEmpty() || name.size() > 200 || !printable || !name.isValidUtf16()) {
        printError(tr("--name must be 1 to 200 printable characters without line breaks"));
        return kExitUsage;
    }
    if (QFileInfo::exists(keyPath) || QFileInfo::exists(pubPath)) {
        printError(tr("refusing to overwrite %1 or %2").arg(keyPath, pubPath));
        return kExitFailure;
    }
    auto passphrase = model::PassphraseSource::obtain(
        tr("Passphrase for the new %1 key: ").arg(model::keyRoleName(key.publicKey.role)), confirm);
    if (!passphrase) {
        printError(passphrase.error());
        return kExitFailure;
    }
    auto secret = model::KeyFile::encodeSecret(key, passphrase.value());
    if (!secret) {
        printError(secret.error());
        return kExitFailure;
    }
    for (const auto& [path, contents, isSecret] :
         { std::tuple { keyPath, secret.value(), true },
           std::tuple { pubPath, model::KeyFile::encodePublic(key.publicKey), false } }) {
        auto written = model::KeyFile::write(path, contents, isSecret);
        if (!written) {
            printError(written.error());
            return kExitFailure;
        }
    }
    printOut(tr("%1 key %2 written to %3 and %4\n")
                 .arg(model::keyRoleName(key.publicKey.role), key.publicKey.keyId(), keyPath, pubPath));
    return kExitOk;
}

/// Parses `--out DIR` (directory, created) for commands writing DIR/<stem>.{key,pub}.
bool prepareDirectory(const QString& dir)
{
    if (dir.isEmpty()) {
        printError(tr("--out is required"));
        return false;
    }
    if (!QDir().mkpath(dir)) {
        printError(tr("cannot create directory %1").arg(dir));
        return false;
    }
    return true;
}

int orgInit(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create an organisation root key: DIR/root.key and DIR/root.pub."));
    parser.addHelpOption();
    const QCommandLineOption out(QStringLiteral("out"), tr("Directory for the key files."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption name(QStringLiteral("name"), tr("Organisation name."), QStringLiteral("NAME"),
                                  QStringLiteral("Organisation root"));
    parser.addOptions({ out, name });
    if (int code = 0; !parseOrExit(parser, arguments, code)) {
        return code;
    }
    const QString dir = parser.value(out);
    if (!prepareDirectory(dir)) {
        return kExitUsage;
    }
    return writeKeyPair(model::KeyFactory::generateRoot(parser.value(name)),
                        dir + QStringLiteral("/root.key"), dir + QStringLiteral("/root.pub"), true);
}

/// The organisation root's secret key, asking for its passphrase.
model::Result<model::SecretKey> readRootKey(const QString& path)
{
    auto passphrase = model::PassphraseSource::obtain(tr("Passphrase of the root key: "), false);
    if (!passphrase) {
        return model::fail(passphrase.error());
    }
    return model::KeyFile::readSecret(path, passphrase.value());
}

int issuerCreate(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Create an issuer key certified by the organisation root: DIR/issuer.key and DIR/issuer.pub."));
    parser.addHelpOption();
    const QCommandLineOption root(QStringLiteral("root"), tr("The root secret key file."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption out(QStringLiteral("out"), tr("Directory for the key files."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption name(QStringLiteral("name"), tr("Issuer name."), QStringLiteral("NAME"),
                                  QStringLiteral("Batch issuer"));
    const QCommandLineOption days(QStringLiteral("valid-days"),
                                  tr("Certificate lifetime in days (default 365)."), QStringLiteral("N"),
                                  QStringLiteral("365"));
    parser.addOptions({ root, out, name, days });
    if (int code = 0; !parseOrExit(parser, arguments, code)) {
        return code;
    }
    bool ok = false;
    const int validDays = parser.value(days).toInt(&ok);
    if (!parser.isSet(root) || !ok || validDays <= 0 || validDays > 36500) {
        printError(tr("issuer create needs --root FILE and --valid-days between 1 and 36500"));
        return kExitUsage;
    }
    const QString dir = parser.value(out);
    if (!prepareDirectory(dir)) {
        return kExitUsage;
    }
    auto rootKey = readRootKey(parser.value(root));
    if (!rootKey) {
        printError(rootKey.error());
        return kExitFailure;
    }
    auto issuer = model::KeyFactory::generateIssuer(parser.value(name), rootKey.value(),
                                                    QDateTime::currentDateTimeUtc().addDays(validDays));
    if (!issuer) {
        printError(issuer.error());
        return kExitFailure;
    }
    return writeKeyPair(issuer.value(), dir + QStringLiteral("/issuer.key"),
                        dir + QStringLiteral("/issuer.pub"), true);
}

int orgCertify(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Enrol a workstation: check its enrolment request (.veilrequest, made by the workstation) and write "
        "the certificate (.veilcert) binding its key to the reviewer id, a role and an expiry, signed by "
        "the organisation root."));
    parser.addHelpOption();
    const QCommandLineOption root(QStringLiteral("root"), tr("The root secret key file."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption request(QStringLiteral("request"), tr("The workstation's enrolment request."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption role(QStringLiteral("role"), tr("reviewer or supervisor."),
                                  QStringLiteral("ROLE"), QStringLiteral("reviewer"));
    const QCommandLineOption days(QStringLiteral("valid-days"),
                                  tr("Certificate lifetime in days (default 365)."), QStringLiteral("N"),
                                  QStringLiteral("365"));
    const QCommandLineOption out(QStringLiteral("out"), tr("Certificate file to write."),
                                 QStringLiteral("FILE"));
    parser.addOptions({ root, request, role, days, out });
    if (int code = 0; !parseOrExit(parser, arguments, code)) {
        return code;
    }
    bool ok = false;
    const int validDays = parser.value(days).toInt(&ok);
    const auto roleValue = model::reviewerRoleFromName(parser.value(role));
    if (!parser.isSet(root) || !parser.isSet(request) || !parser.isSet(out) || !ok || validDays <= 0
        || validDays > 3650 || !roleValue) {
        printError(
            tr("org certify needs --root FILE --request FILE --out FILE, --role reviewer|supervisor and "
               "--valid-days between 1 and 3650"));
        return kExitUsage;
    }
    QFile requestFile(parser.value(request));
    if (!requestFile.open(QIODevice::ReadOnly)) {
        printError(tr("%1: cannot read: %2").arg(parser.value(request), requestFile.errorString()));
        return kExitFailure;
    }
    auto parsed = model::EnrolmentRequest::decode(requestFile.read(64 * 1024), parser.value(request));
    if (!parsed) {
        printError(parsed.error());
        return kExitFailure;
    }
    auto rootKey = readRootKey(parser.value(root));
    if (!rootKey) {
        printError(rootKey.error());
        return kExitFailure;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto certificate = model::WorkstationCertificate::issue(parsed.value(), *roleValue, rootKey.value(), now,
                                                            now.addDays(validDays));
    if (!certificate) {
        printError(certificate.error());
        return kExitFailure;
    }
    QSaveFile file(parser.value(out));
    const QByteArray bytes = certificate.value().encode();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        printError(tr("%1: cannot write: %2").arg(parser.value(out), file.errorString()));
        return kExitFailure;
    }
    printOut(tr("certified workstation %1 for reviewer %2 as %3 until %4: %5\n")
                 .arg(parsed.value().workstation.keyId(), parsed.value().reviewerId, parser.value(role),
                      certificate.value().expires.toString(Qt::ISODate), parser.value(out)));
    return kExitOk;
}

int keysGenerate(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create a workstation key pair: PATH.key and PATH.pub."));
    parser.addHelpOption();
    const QCommandLineOption out(QStringLiteral("out"), tr("Path without extension, e.g. keys/ws."),
                                 QStringLiteral("PATH"));
    const QCommandLineOption name(QStringLiteral("name"), tr("Workstation name."), QStringLiteral("NAME"),
                                  QStringLiteral("Workstation"));
    parser.addOptions({ out, name });
    if (int code = 0; !parseOrExit(parser, arguments, code)) {
        return code;
    }
    const QString stem = parser.value(out);
    if (stem.isEmpty()) {
        printError(tr("keys generate needs --out PATH"));
        return kExitUsage;
    }
    const QString dir = QFileInfo(stem).absolutePath();
    if (!QDir().mkpath(dir)) {
        printError(tr("cannot create directory %1").arg(dir));
        return kExitFailure;
    }
    return writeKeyPair(model::KeyFactory::generateWorkstation(parser.value(name)),
                        stem + QStringLiteral(".key"), stem + QStringLiteral(".pub"), true);
}

int keysShow(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Show a key file's public facts (never a secret)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), tr("A .pub or .key file."));
    if (int code = 0; !parseOrExit(parser, arguments, code)) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        printError(tr("keys show takes one key file"));
        return kExitUsage;
    }
    const QString path = parser.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(tr("%1: cannot open: %2").arg(path, file.errorString()));
        return kExitFailure;
    }
    auto key = model::KeyFile::decodeAnyPublic(file.read(model::KeyFile::kMaxFileBytes + 1), path);
    if (!key) {
        printError(key.error());
        return kExitFailure;
    }
    const model::PublicKey& k = key.value();
    QString text
        = tr("file:        %1\nrole:        %2\nkey id:      %3\nname:        %4\ncreated:     %5\n")
              .arg(path, model::keyRoleName(k.role), k.keyId(), k.name, k.created.toString(Qt::ISODate));
    if (k.certificate) {
        text += tr("certified by: root %1 until %2\n")
                    .arg(k.certificate->rootKeyId, k.certificate->expires.toString(Qt::ISODate));
    }
    printOut(text);
    return kExitOk;
}

}  // namespace

int runOrg(const QStringList& arguments)
{
    return dispatchGroup(
        arguments,
        { { QStringLiteral("init"), tr("Create the organisation root key"), &orgInit },
          { QStringLiteral("certify"), tr("Enrol a workstation from its enrolment request"), &orgCertify } });
}

int runIssuer(const QStringList& arguments)
{
    return dispatchGroup(
        arguments,
        { { QStringLiteral("create"), tr("Create an issuer key certified by the root"), &issuerCreate } });
}

int runKeys(const QStringList& arguments)
{
    return dispatchGroup(arguments,
                         { { QStringLiteral("generate"), tr("Create a workstation key pair"), &keysGenerate },
                           { QStringLiteral("show"), tr("Show a key file's public facts"), &keysShow } });
}

}  // namespace veil::cli
