// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// Draws the three synthetic "selfie" attachments of the demo batch.
// No real faces: every portrait is a cartoon built from simple shapes, and
// each carries a name tag with a fictional name so that the image itself
// holds personal data the way real user uploads do.
// Built and run by hand (see README.md); the PNGs are committed.

#include <QDir>
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <cstdio>

namespace {

constexpr int kWidth = 480;
constexpr int kHeight = 640;

enum class Scene { Beach, City, Forest };
enum class Hair { Short, Long, Curly };

struct Portrait {
    QString file;
    Scene scene;
    QColor skyTop;
    QColor skyBottom;
    QColor skin;
    QColor hairColor;
    Hair hair;
    QColor shirt;
    QString nameTag;
    bool glasses;
};

void drawScene(QPainter& p, const Portrait& pt)
{
    QLinearGradient sky(0, 0, 0, kHeight);
    sky.setColorAt(0.0, pt.skyTop);
    sky.setColorAt(1.0, pt.skyBottom);
    p.fillRect(QRectF(0, 0, kWidth, kHeight), sky);

    p.setPen(Qt::NoPen);
    switch (pt.scene) {
    case Scene::Beach:
        p.setBrush(QColor(255, 214, 90));
        p.drawEllipse(QPointF(380, 90), 45, 45);
        p.setBrush(QColor(40, 120, 190));
        p.drawRect(QRectF(0, 330, kWidth, 120));
        p.setBrush(QColor(238, 214, 160));
        p.drawRect(QRectF(0, 450, kWidth, kHeight - 450));
        p.setBrush(QColor(255, 255, 255, 200));
        p.drawEllipse(QPointF(90, 110), 55, 22);
        p.drawEllipse(QPointF(135, 100), 40, 20);
        break;
    case Scene::City:
        for (int i = 0; i < 8; ++i) {
            const qreal x = i * 62.0 - 10.0;
            const qreal h = 160.0 + ((i * 73) % 5) * 40.0;
            p.setBrush(QColor(60 + i * 8, 70 + i * 6, 100 + i * 5));
            p.drawRect(QRectF(x, kHeight - h - 200, 56, h + 200));
            p.setBrush(QColor(255, 230, 140));
            for (int w = 0; w < 4; ++w)
                p.drawRect(QRectF(x + 10 + (w % 2) * 22, kHeight - h - 180 + (w / 2) * 40, 12, 18));
        }
        break;
    case Scene::Forest:
        p.setBrush(QColor(90, 160, 80));
        p.drawRect(QRectF(0, 420, kWidth, kHeight - 420));
        for (int i = 0; i < 7; ++i) {
            const qreal x = 20.0 + i * 70.0;
            p.setBrush(QColor(110, 80, 50));
            p.drawRect(QRectF(x + 18, 330, 14, 100));
            p.setBrush(QColor(30 + i * 10, 110 + i * 6, 50));
            QPainterPath tree;
            tree.moveTo(x + 25, 180 + (i % 3) * 25);
            tree.lineTo(x - 20, 350);
            tree.lineTo(x + 70, 350);
            tree.closeSubpath();
            p.drawPath(tree);
        }
        break;
    }
}

void drawHairBack(QPainter& p, const Portrait& pt)
{
    p.setBrush(pt.hairColor);
    p.setPen(Qt::NoPen);
    if (pt.hair == Hair::Long)
        p.drawRoundedRect(QRectF(130, 170, 220, 290), 90, 90);
    else if (pt.hair == Hair::Curly) {
        for (int i = 0; i < 9; ++i)
            p.drawEllipse(QPointF(150 + i * 22.5, 185 + (i % 2) * 12), 38, 38);
        for (int i = 0; i < 4; ++i) {
            p.drawEllipse(QPointF(136 - (i % 2) * 8, 230 + i * 40), 30, 30);
            p.drawEllipse(QPointF(344 + (i % 2) * 8, 230 + i * 40), 30, 30);
        }
    }
}

void drawHairFront(QPainter& p, const Portrait& pt)
{
    p.setBrush(pt.hairColor);
    p.setPen(Qt::NoPen);
    QPainterPath fringe;
    fringe.moveTo(148, 260);
    fringe.cubicTo(140, 140, 340, 140, 332, 260);
    fringe.cubicTo(300, 200, 200, 205, 148, 260);
    p.drawPath(fringe);
}

void drawFace(QPainter& p, const Portrait& pt)
{
    // Neck and shirt.
    p.setPen(Qt::NoPen);
    p.setBrush(pt.skin.darker(110));
    p.drawRect(QRectF(205, 380, 70, 70));
    p.setBrush(pt.shirt);
    p.drawRoundedRect(QRectF(70, 440, 340, 260), 90, 90);
    p.setBrush(pt.skin.darker(110));
    QPainterPath collar;
    collar.moveTo(205, 440);
    collar.lineTo(240, 490);
    collar.lineTo(275, 440);
    collar.closeSubpath();
    p.drawPath(collar);

    // Head and ears.
    p.setBrush(pt.skin);
    p.drawEllipse(QPointF(148, 290), 18, 26);
    p.drawEllipse(QPointF(332, 290), 18, 26);
    p.drawEllipse(QRectF(148, 180, 184, 225));

    // Eyes.
    for (const qreal x : { 205.0, 275.0 }) {
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(x, 285), 16, 11);
        p.setBrush(QColor(60, 40, 30));
        p.drawEllipse(QPointF(x + 2, 286), 7, 7);
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(x + 4, 283), 2, 2);
    }
    p.setPen(QPen(pt.hairColor.darker(120), 4, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(190, 262), QPointF(220, 258));
    p.drawLine(QPointF(260, 258), QPointF(290, 262));

    if (pt.glasses) {
        p.setPen(QPen(QColor(30, 30, 30), 4));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(180, 266, 52, 38), 10, 10);
        p.drawRoundedRect(QRectF(248, 266, 52, 38), 10, 10);
        p.drawLine(QPointF(232, 282), QPointF(248, 282));
    }

    // Nose, cheeks, smile.
    p.setPen(QPen(pt.skin.darker(135), 3, Qt::SolidLine, Qt::RoundCap));
    p.drawArc(QRectF(228, 300, 24, 30), 200 * 16, 140 * 16);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(240, 120, 120, 90));
    p.drawEllipse(QPointF(188, 332), 16, 10);
    p.drawEllipse(QPointF(292, 332), 16, 10);
    p.setPen(QPen(QColor(150, 50, 60), 5, Qt::SolidLine, Qt::RoundCap));
    p.drawArc(QRectF(205, 310, 70, 50), 200 * 16, 140 * 16);
}

void drawNameTag(QPainter& p, const Portrait& pt)
{
    const QRectF tag(150, 520, 180, 74);
    p.setPen(QPen(QColor(200, 30, 40), 2));
    p.setBrush(Qt::white);
    p.drawRoundedRect(tag, 8, 8);
    p.setBrush(QColor(200, 30, 40));
    p.drawRect(QRectF(tag.left(), tag.top() + 8, tag.width(), 18));
    p.setPen(Qt::white);
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPixelSize(12);
    small.setBold(true);
    p.setFont(small);
    p.drawText(QRectF(tag.left(), tag.top() + 8, tag.width(), 18), Qt::AlignCenter,
               QStringLiteral("HELLO my name is"));
    QFont big(QStringLiteral("DejaVu Sans"));
    big.setPixelSize(22);
    big.setBold(true);
    p.setFont(big);
    p.setPen(QColor(20, 20, 60));
    p.drawText(QRectF(tag.left() + 4, tag.top() + 28, tag.width() - 8, 44), Qt::AlignCenter, pt.nameTag);
}

QImage drawPortrait(const Portrait& pt)
{
    QImage img(kWidth, kHeight, QImage::Format_ARGB32_Premultiplied);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    drawScene(p, pt);
    drawHairBack(p, pt);
    drawFace(p, pt);
    drawHairFront(p, pt);
    drawNameTag(p, pt);
    p.end();
    return img;
}

}  // namespace

int main(int argc, char* argv[])
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s OUTPUT_DIR\n", argv[0]);
        return 2;
    }
    // Text rendering needs the font database, which needs a QGuiApplication;
    // the offscreen platform keeps this runnable without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);

    const QDir out(QString::fromLocal8Bit(argv[1]));
    if (!out.exists()) {
        std::fprintf(stderr, "output directory does not exist: %s\n", argv[1]);
        return 1;
    }

    const Portrait portraits[] = {
        { QStringLiteral("selfie-1.png"), Scene::Beach, QColor(120, 190, 240), QColor(200, 235, 255),
          QColor(241, 194, 160), QColor(90, 55, 30), Hair::Long, QColor(230, 90, 110),
          QStringLiteral("Lena Voss"), false },
        { QStringLiteral("selfie-2.png"), Scene::City, QColor(40, 40, 90), QColor(240, 140, 90),
          QColor(160, 110, 75), QColor(25, 20, 20), Hair::Short, QColor(50, 130, 120),
          QStringLiteral("Arjun Mehta"), true },
        { QStringLiteral("selfie-3.png"), Scene::Forest, QColor(150, 210, 230), QColor(230, 245, 220),
          QColor(224, 172, 125), QColor(180, 80, 40), Hair::Curly, QColor(250, 200, 60),
          QStringLiteral("Sofía Ramírez"), false },
    };

    for (const Portrait& pt : portraits) {
        const QString path = out.filePath(pt.file);
        if (!drawPortrait(pt).save(path, "PNG")) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
        std::printf("wrote %s\n", qPrintable(path));
    }
    return 0;
}
