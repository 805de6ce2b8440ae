// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/core/Result.h"

#include <QString>
#include <QStringList>

namespace veil::model {

/// Decides whether a reveal justification is a real explanation. It defends
/// the audit trail, not secrecy: a justification that says nothing ("asdf…")
/// makes the record useless to the supervisor who later reviews it. A
/// determined reviewer can always type a plausible sentence; these rules only
/// stop the cheap ways out, and each failure says which rule fired and why,
/// so an honest reviewer is never left guessing.
///
/// The rules, applied in this order to the text with leading and trailing
/// whitespace removed; the first that fires is the reason given:
///  1. Empty.
///  2. Too short: fewer than `minChars` user-perceived characters (grapheme
///     clusters, so a Devanagari syllable or an accented letter counts once)
///     after runs of whitespace are collapsed to one space (padding is not
///     effort).
///  3. Repeated: equal to one of the reviewer's last `repeatWindow`
///     justifications once both are normalised (see normalised(): NFKC,
///     case-folded, punctuation and symbols dropped, whitespace collapsed),
///     so "Need the name." and "need the NAME" count as the same text.
///  4. Mostly not letters: letters (with their combining marks) are fewer
///     than half of the non-space characters ("1234567890!!!!", "....").
///  5. Repeating pattern: the letters, with spaces and punctuation removed,
///     are one chunk repeated at least twice ("aaaaaaaaaaaaaaaaaaaa",
///     "asdfasdf", "test test test test", "ありがとうありがとう").
///  6. Repeated words: at least 4 words and no more than half of them
///     distinct ("asdf asdf asdf jkl", "need need need need the name").
///  7. Too few distinct letters: fewer than min(6, letters / 2) different
///     letters, case-folded ("sasa ss asas aa sasas"): real sentences in any
///     script use many.
///  8. Keyboard runs: 40% or more of the letters lie in runs of 4+ letters
///     that step along one keyboard row (QWERTY, QWERTZ, AZERTY) or the
///     alphabet in one direction ("qwertyuiop", "asdfghjkl", "abcdefg",
///     "lkjhgfds"). No common word contains such a run.
///  9. Vowel-poor words: Latin-script words of 5+ letters in which fewer than
///     one letter in five is a vowel (a e i o u y æ ø œ, accents ignored) hold
///     half or more of the letters ("jdhfkasjdhf sdkjfhsdkj", "xkcdpqrst").
///     All-capital words are exempt (acronyms like HTTPS), and the threshold
///     is a share of the text because real words like "strengths" or Czech
///     "čtvrt" are vowel-poor too.
/// 10. Placeholder words: half or more of the words are stock filler
///     ("test", "lorem ipsum", "foo bar", "blah", "asdf", "qwerty", "xxx").
///
/// Rules 4–7 work on any script: letters are Unicode letters, so German,
/// Hindi, Arabic or Japanese text is judged by the same measures as English
/// and never rejected for its script. Rules 8–9 look only at Latin-script
/// words, because keyboard rows and vowels are Latin-alphabet notions; words
/// in other scripts never count against the text.
class JustificationCheck {
public:
    /// The policy's min_justification_chars and repeat_window.
    JustificationCheck(int minChars, int repeatWindow);

    /// Done, or a failure whose message reads as a clause after "Denied: "
    /// (e.g. "justification is too short: 12 characters, at least 20
    /// needed"). `recent` holds this reviewer's earlier justifications,
    /// oldest first; only the last repeatWindow are compared.
    [[nodiscard]] Status check(const QString& justification, const QStringList& recent) const;

    /// The form two justifications are compared in by the repeat rule.
    static QString normalised(const QString& text);

    /// User-perceived characters (grapheme clusters) of `text` after
    /// trimming and collapsing whitespace: what the length rule counts.
    static int characterCount(const QString& text);

private:
    int m_minChars;
    int m_repeatWindow;
};

}  // namespace veil::model
