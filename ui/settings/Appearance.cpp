// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "ui/settings/Appearance.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTranslator>

#include <optional>

namespace veil::ui {

using model::Preferences;

namespace {

struct Platform {
    QFont font;
    QPalette palette;
    QString style;
};

const Platform& platform()
{
    static const Platform original { QApplication::font(), QApplication::palette(),
                                     QApplication::style()->name() };
    return original;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x26, 0x28, 0x2d);
    const QColor base(0x1d, 0x1f, 0x23);
    const QColor text(0xe6, 0xe7, 0xea);
    const QColor disabled(0x80, 0x84, 0x8c);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (const auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText }) {
        p.setColor(QPalette::Disabled, role, disabled);
    }
    return p;
}

}  // namespace

void Appearance::apply(const Preferences& preferences)
{
    const Platform& original = platform();
    switch (preferences.theme) {
    case Preferences::Theme::System:
        QApplication::setStyle(original.style);
        QApplication::setPalette(original.palette);
        break;
    case Preferences::Theme::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Preferences::Theme::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
    QFont font = original.font;
    if (preferences.fontPoints > 0) {
        font.setPointSize(preferences.fontPoints);
    }
    QApplication::setFont(font);
}

QString Appearance::installTranslation(const Preferences& preferences)
{
    const QString language = preferences.language.isEmpty()
        ? QLocale::system().name().section(QLatin1Char('_'), 0, 0)
        : preferences.language;
    if (language == QLatin1String("en") || !Preferences::languages().contains(language)) {
        return QStringLiteral("en");
    }
    static QTranslator translator;
    if (translator.load(QStringLiteral(":/i18n/veil_%1.qm").arg(language))) {
        QApplication::installTranslator(&translator);
        return language;
    }
    return QStringLiteral("en");
}

}  // namespace veil::ui
