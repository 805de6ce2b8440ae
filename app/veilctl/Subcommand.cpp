// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "Subcommand.h"

#include <QCoreApplication>

#include <cstdio>

namespace veil::cli {

const QList<Subcommand>& subcommands()
{
    static const QList<Subcommand> table = {
        { QStringLiteral("version"),
          QCoreApplication::translate("veilctl", "Print versions of Veil and its libraries"), &runVersion },
        { QStringLiteral("scan"),
          QCoreApplication::translate("veilctl", "Detect personal data in JSONL text (spans or masked text)"),
          &runScan },
    };
    return table;
}

void printError(const QString& message)
{
    const QByteArray line = QStringLiteral("veilctl: %1\n").arg(message).toLocal8Bit();
    std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stderr);
    std::fflush(stderr);
}

void printOut(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

}  // namespace veil::cli
