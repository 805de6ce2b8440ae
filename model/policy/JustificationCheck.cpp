// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/policy/JustificationCheck.h"

#include "model/core/CodePoints.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QTextBoundaryFinder>

#include <algorithm>

namespace veil::model {

namespace {

/// One run of letters (and their combining marks) between spaces, digits or
/// punctuation, case-folded.
struct Word {
    QList<char32_t> letters;
    bool latin = true;  // every letter is Latin-script
    bool allCaps = true;  // every cased letter was upper case (an acronym)
};

/// The measures the rules use, gathered in one pass over the text.
struct TextShape {
    QList<Word> words;
    QList<char32_t> letters;  // all letters and marks, case-folded, in order
    QSet<char32_t> distinctLetters;  // letters only: marks are not "different letters"
    qsizetype letterCount = 0;  // letters, without marks
    qsizetype nonSpace = 0;
};

TextShape shapeOf(const QString& text)
{
    TextShape shape;
    Word word;
    const auto endWord = [&] {
        if (!word.letters.isEmpty()) {
            shape.words.append(word);
        }
        word = Word {};
    };
    for (const char32_t cp : text.toUcs4()) {
        if (QChar::isSpace(cp)) {
            endWord();
            continue;
        }
        ++shape.nonSpace;
        const bool letter = QChar::isLetter(cp);
        if (!letter && !QChar::isMark(cp)) {
            endWord();
            continue;
        }
        const char32_t folded = QChar::toCaseFolded(cp);
        shape.letters.append(folded);
        word.letters.append(folded);
        if (letter) {
            ++shape.letterCount;
            shape.distinctLetters.insert(folded);
            word.latin = word.latin && QChar::script(cp) == QChar::Script_Latin;
            word.allCaps = word.allCaps && !QChar::isLower(cp);
        }
    }
    endWord();
    return shape;
}

QString fromCodePoints(const QList<char32_t>& codePoints)
{
    return stringFromCodePoints(codePoints.constData(), codePoints.size());
}

/// Length of the shortest chunk that, repeated, makes up `letters` (a partial
/// last repetition allowed), or 0 when there is none repeated at least twice.
qsizetype repeatingPeriod(const QList<char32_t>& letters)
{
    const qsizetype n = letters.size();
    for (qsizetype period = 1; period * 2 <= n; ++period) {
        bool periodic = true;
        for (qsizetype i = period; i < n && periodic; ++i) {
            periodic = letters.at(i) == letters.at(i - period);
        }
        if (periodic) {
            return period;
        }
    }
    return 0;
}

/// Forward steps between neighbouring keys of the common Latin layouts' letter
/// rows, and along the alphabet (another pattern mashers and testers reach for).
const QSet<quint64>& keyboardSteps()
{
    static const QSet<quint64> steps = [] {
        const char* const rows[] = {
            "qwertyuiop",
            "asdfghjkl",
            "zxcvbnm",  // QWERTY
            "qwertzuiop",
            "yxcvbnm",  // QWERTZ
            "azertyuiop",
            "qsdfghjklm",
            "wxcvbn",  // AZERTY
            "abcdefghijklmnopqrstuvwxyz",
        };
        QSet<quint64> result;
        for (const char* row : rows) {
            for (const char* key = row; key[1] != '\0'; ++key) {
                result.insert((quint64 { static_cast<unsigned char>(key[0]) } << 32U)
                              | static_cast<unsigned char>(key[1]));
            }
        }
        return result;
    }();
    return steps;
}

/// +1 if `to` is the key right of `from` in some row, -1 if left of it, else 0.
int keyboardStep(char32_t from, char32_t to)
{
    if (keyboardSteps().contains((quint64 { from } << 32U) | to)) {
        return 1;
    }
    if (keyboardSteps().contains((quint64 { to } << 32U) | from)) {
        return -1;
    }
    return 0;
}

constexpr qsizetype kMinKeyboardRun = 4;

/// Letters of `word` that lie in runs of kMinKeyboardRun or more keys going
/// one way along a row; `longest` receives the longest such run.
qsizetype keyboardRunLetters(const Word& word, QString& longest)
{
    const QList<char32_t>& letters = word.letters;
    qsizetype inRuns = 0;
    qsizetype runStart = 0;
    int direction = 0;
    const auto closeRun = [&](qsizetype end) {  // end is exclusive
        const qsizetype length = end - runStart;
        if (direction != 0 && length >= kMinKeyboardRun) {
            inRuns += length;
            if (length > longest.size()) {
                longest = fromCodePoints(letters.mid(runStart, length));
            }
        }
    };
    for (qsizetype i = 1; i < letters.size(); ++i) {
        const int step = keyboardStep(letters.at(i - 1), letters.at(i));
        if (step != 0 && step == direction) {
            continue;
        }
        closeRun(i);
        runStart = i - 1;
        direction = step;
    }
    closeRun(letters.size());
    return inRuns;
}

/// True when fewer than one letter in five is a vowel. Accents are stripped
/// first (NFD) so that "é" or "ü" count as the vowels they carry.
bool vowelPoor(const Word& word)
{
    static const QString vowels = QStringLiteral(u"aeiouyæøœıə");
    qsizetype letters = 0;
    qsizetype vowelCount = 0;
    for (const QChar c : fromCodePoints(word.letters).normalized(QString::NormalizationForm_D)) {
        if (!c.isLetter()) {
            continue;  // a combining accent split off by NFD
        }
        ++letters;
        if (vowels.contains(c)) {
            ++vowelCount;
        }
    }
    return vowelCount * 5 < letters;
}

const QSet<QString>& placeholderWords()
{
    static const QSet<QString> words {
        QStringLiteral("test"),        QStringLiteral("tests"),    QStringLiteral("testing"),
        QStringLiteral("blah"),        QStringLiteral("bla"),      QStringLiteral("foo"),
        QStringLiteral("bar"),         QStringLiteral("baz"),      QStringLiteral("lorem"),
        QStringLiteral("ipsum"),       QStringLiteral("dolor"),    QStringLiteral("amet"),
        QStringLiteral("asdf"),        QStringLiteral("qwerty"),   QStringLiteral("xxx"),
        QStringLiteral("xyz"),         QStringLiteral("abc"),      QStringLiteral("dummy"),
        QStringLiteral("placeholder"), QStringLiteral("whatever"), QStringLiteral("idk"),
    };
    return words;
}

}  // namespace

JustificationCheck::JustificationCheck(int minChars, int repeatWindow)
    : m_minChars(minChars)
    , m_repeatWindow(repeatWindow)
{ }

QString JustificationCheck::normalised(const QString& text)
{
    QString kept;
    const QString compatible = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    kept.reserve(compatible.size());
    for (const QChar c : compatible) {
        if (c.isLetterOrNumber() || c.isMark()) {
            kept.append(c);
        } else if (c.isSpace() || c.isPunct() || c.isSymbol()) {
            kept.append(QLatin1Char(' '));  // "name.It" and "name. It" compare equal
        }
    }
    return kept.simplified();
}

int JustificationCheck::characterCount(const QString& text)
{
    const QString simplified = text.simplified();
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, simplified);
    int count = 0;
    while (finder.toNextBoundary() != -1) {
        ++count;
    }
    return count;
}

Status JustificationCheck::check(const QString& justification, const QStringList& recent) const
{
    const QString text = justification.trimmed();
    // 1. Empty.
    if (text.isEmpty()) {
        return fail(QStringLiteral("justification is empty: say why you need to see this value"));
    }
    // 2. Too short.
    const int length = characterCount(text);
    if (length < m_minChars) {
        return fail(QStringLiteral("justification is too short: %1 characters, at least %2 needed")
                        .arg(length)
                        .arg(m_minChars));
    }
    // 3. Repeated: copy-pasting one justification for every reveal is the
    //    commonest way to turn the record into noise.
    const QString mine = normalised(text);
    const qsizetype window = std::min<qsizetype>(m_repeatWindow, recent.size());
    for (qsizetype i = recent.size() - window; i < recent.size(); ++i) {
        if (normalised(recent.at(i)) == mine) {
            return fail(QStringLiteral("justification repeats one of your last %1 justifications: "
                                       "explain this reveal in its own words")
                            .arg(m_repeatWindow));
        }
    }

    const TextShape shape = shapeOf(text);
    // 4. Mostly not letters.
    if (shape.letters.size() * 2 < shape.nonSpace) {
        return fail(QStringLiteral("justification is mostly digits or symbols (%1 of %2 characters are "
                                   "letters): explain in words")
                        .arg(shape.letters.size())
                        .arg(shape.nonSpace));
    }
    // 5. One chunk repeated.
    if (shape.letters.size() >= 4) {
        if (const qsizetype period = repeatingPeriod(shape.letters); period > 0) {
            return fail(QStringLiteral("justification repeats \"%1\" over and over")
                            .arg(fromCodePoints(shape.letters.first(period))));
        }
    }
    // 6. Few distinct words.
    if (shape.words.size() >= 4) {
        QHash<QString, int> counts;
        for (const Word& word : shape.words) {
            ++counts[fromCodePoints(word.letters)];
        }
        if (counts.size() * 2 <= shape.words.size()) {
            // Name the commonest word, the earliest on a tie: QHash's order is
            // seeded per process and the message must not change between runs.
            QString commonest;
            for (const Word& word : shape.words) {
                const QString key = fromCodePoints(word.letters);
                if (commonest.isEmpty() || counts.value(key) > counts.value(commonest)) {
                    commonest = key;
                }
            }
            return fail(QStringLiteral("justification repeats the same few words (\"%1\" %2 times)")
                            .arg(commonest)
                            .arg(counts.value(commonest)));
        }
    }
    // 7. Too few distinct letters: real sentences of any script use many.
    const qsizetype distinctNeeded = std::min<qsizetype>(6, shape.letterCount / 2);
    if (shape.distinctLetters.size() < distinctNeeded) {
        const qsizetype distinct = shape.distinctLetters.size();
        return fail(QStringLiteral("justification uses only %1 different %2: it looks like held-down or "
                                   "repeated keys")
                        .arg(distinct)
                        .arg(distinct == 1 ? QStringLiteral("letter") : QStringLiteral("letters")));
    }
    // 8. Keyboard runs.
    qsizetype runLetters = 0;
    QString longestRun;
    for (const Word& word : shape.words) {
        if (word.latin) {
            runLetters += keyboardRunLetters(word, longestRun);
        }
    }
    if (runLetters > 0 && runLetters * 5 >= shape.letters.size() * 2) {
        return fail(
            QStringLiteral("justification looks like keyboard mashing (\"%1\" runs along the keyboard)")
                .arg(longestRun));
    }
    // 9. Vowel-poor words.
    qsizetype poorLetters = 0;
    QString poorExample;
    for (const Word& word : shape.words) {
        if (word.latin && !word.allCaps && word.letters.size() >= 5 && vowelPoor(word)) {
            poorLetters += word.letters.size();
            if (poorExample.isEmpty()) {
                poorExample = fromCodePoints(word.letters);
            }
        }
    }
    if (poorLetters > 0 && poorLetters * 2 >= shape.letters.size()) {
        return fail(QStringLiteral("justification looks like random letters: words such as \"%1\" have "
                                   "(almost) no vowels")
                        .arg(poorExample));
    }
    // 10. Placeholder words.
    qsizetype placeholders = 0;
    QString placeholderExample;
    for (const Word& word : shape.words) {
        const QString folded = fromCodePoints(word.letters);
        if (placeholderWords().contains(folded)) {
            ++placeholders;
            if (placeholderExample.isEmpty()) {
                placeholderExample = folded;
            }
        }
    }
    if (placeholders > 0 && placeholders * 2 >= shape.words.size()) {
        return fail(QStringLiteral("justification is placeholder text (\"%1\"): say why you need this value")
                        .arg(placeholderExample));
    }
    return Done {};
}

}  // namespace veil::model
