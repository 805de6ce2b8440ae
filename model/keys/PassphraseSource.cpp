// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/keys/PassphraseSource.h"

#include <QFile>
#include <QtGlobal>

#include <cstdio>
#include <cstring>

#if defined(Q_OS_UNIX)
#include <termios.h>
#include <unistd.h>
#endif

namespace veil::model {

namespace {

/// Reads one line from the terminal without echo into `out`.
bool readHidden(const QString& prompt, SecretBytes& out)
{
#if defined(Q_OS_UNIX)
    if (isatty(STDIN_FILENO) == 0) {
        return false;
    }
    std::fprintf(stderr, "%s", qPrintable(prompt));
    std::fflush(stderr);
    termios saved {};
    tcgetattr(STDIN_FILENO, &saved);
    termios silent = saved;
    silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    SecretBytes buffer(1024);
    std::size_t length = 0;
    int c = 0;
    while (length + 1 < buffer.size() && (c = std::fgetc(stdin)) != EOF && c != '\n') {
        buffer.data()[length++] = static_cast<std::uint8_t>(c);
    }
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::fprintf(stderr, "\n");
    out = SecretBytes::copyOf(buffer.view().first(static_cast<qsizetype>(length)));
    return true;
#else
    Q_UNUSED(prompt);
    Q_UNUSED(out);
    return false;
#endif
}

}  // namespace

Result<SecretBytes> PassphraseSource::obtain(const QString& prompt, bool confirm)
{
    QByteArray fromEnv = qgetenv("VEIL_PASSPHRASE");
    if (!fromEnv.isEmpty()) {
        SecretBytes secret = SecretBytes::copyOf(fromEnv);
        fromEnv.fill('\0');
        return secret;
    }
    const QString file = qEnvironmentVariable("VEIL_PASSPHRASE_FILE");
    if (!file.isEmpty()) {
        QFile source(file);
        if (!source.open(QIODevice::ReadOnly)) {
            return fail(
                QStringLiteral("VEIL_PASSPHRASE_FILE %1: cannot open: %2").arg(file, source.errorString()));
        }
        QByteArray line = source.readLine(4096);
        while (line.endsWith('\n') || line.endsWith('\r')) {
            line.chop(1);
        }
        SecretBytes secret = SecretBytes::copyOf(line);
        line.fill('\0');
        if (secret.isEmpty()) {
            return fail(QStringLiteral("VEIL_PASSPHRASE_FILE %1: the first line is empty").arg(file));
        }
        return secret;
    }
    SecretBytes first;
    if (!readHidden(prompt, first)) {
        return fail(QStringLiteral("a passphrase is needed: set VEIL_PASSPHRASE or VEIL_PASSPHRASE_FILE, "
                                   "or run from a terminal to be asked"));
    }
    if (first.isEmpty()) {
        return fail(QStringLiteral("the passphrase is empty"));
    }
    if (confirm) {
        SecretBytes second;
        if (!readHidden(QStringLiteral("Repeat the passphrase: "), second) || !second.equals(first)) {
            return fail(QStringLiteral("the two passphrases differ"));
        }
    }
    return first;
}

}  // namespace veil::model
