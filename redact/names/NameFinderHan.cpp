// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// NameFinder's pass for names in Han text (Chinese and Japanese): a short run
// that starts with a surname, a surname with an honorific, a name after a
// marker verb or a relation inside running text. Split from
// NameFinderScripts.cpp (Devanagari and Hangul) to keep files short.

#include "redact/names/NameFinder.h"

#include "redact/names/NameFinderToken.h"
#include "redact/names/NamingContext.h"
#include "redact/names/WordList.h"

#include "redact/text/Unicode.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

namespace veil::redact {

using namespace naming;

namespace {

/// "私は" or "名前は" before `begin`, and "です", "と申します" or "といいます"
/// after `end`: a Japanese self-introduction.
bool selfIntroduction(std::string_view text, std::size_t begin, std::size_t end)
{
    const std::string_view before = text.substr(0, begin);
    const std::string_view after = text.substr(end);
    const auto endsWith = [before](std::string_view s) {
        return before.size() >= s.size() && before.substr(before.size() - s.size()) == s;
    };
    // "おばあちゃんの花子が…": a relation's name after の.
    for (const std::string_view relation :
         { "ちゃんの", "さんの", "母の", "父の", "姉の", "妹の", "兄の", "弟の", "娘の", "息子の", "友達の",
           "友人の", "彼女の", "彼氏の", "夫の", "妻の" }) {
        if (endsWith(relation)) {
            return true;
        }
    }
    return (endsWith("私は") || endsWith("名前は") || endsWith("僕は") || endsWith("わたしは"))
        && (after.substr(0, 6) == "です" || after.substr(0, 12) == "と申します"
            || after.substr(0, 12) == "といいます" || after.substr(0, 12) == "と言います");
}

/// Characters after which a name follows inside running Chinese text: "给王芳写",
/// "跟李医生说", "问张伟" (to, with, ask, tell, find, let, accompany, …).
constexpr WordList kMarkers(std::to_array<std::string_view>({ "给", "跟", "和", "对", "问", "叫", "找", "让",
                                                              "帮", "同", "与", "诉", "向", "陪", "约" }));

bool isMarker(std::string_view c)
{
    return kMarkers.contains(c);
}

/// A surname of one or two characters right before an honorific inside a run, at the
/// run's start or after a marker ("陈老师说明天考试", "送给王老师的贺卡"): the
/// code point index where the honorific starts, the surname's in `start`; 0 if none.
/// A marker is no surname: "向老师请教" asks the teacher.
std::size_t surnameBeforeHonorific(const NameLexicon& lexicon, std::string_view text,
                                   const std::vector<std::size_t>& cuts, std::size_t& start)
{
    static constexpr auto kHonorifics
        = std::to_array<std::string_view>({ "先生", "老师", "老師", "女士", "小姐", "经理", "医生", "阿姨" });
    const std::size_t n = cuts.size() - 1;
    const auto piece = [&](std::size_t a, std::size_t b) { return text.substr(cuts[a], cuts[b] - cuts[a]); };
    for (std::size_t h = 1; h + 2 <= n; ++h) {
        if (std::find(kHonorifics.begin(), kHonorifics.end(), piece(h, h + 2)) == kHonorifics.end()) {
            continue;
        }
        for (const std::size_t length : { std::size_t { 1 }, std::size_t { 2 } }) {
            if (length > h) {
                break;
            }
            const std::size_t s = h - length;
            if (lexicon.isHanSurname(piece(s, h)) && !isMarker(piece(s, h))
                && (s == 0 || isMarker(piece(s - 1, s)))) {
                start = s;
                return h;
            }
        }
        return 0;
    }
    return 0;
}

/// Common characters of grammar, and those that end nouns of place and time, that end no
/// given name: a run that ends in "约时间吗" or opens with "黄金周今天" names no one.
bool grammarCharacter(std::string_view c)
{
    static constexpr WordList kGrammar(std::to_array<std::string_view>(
        { "的", "了", "吗", "呢", "吧", "啊", "们", "个", "么", "什", "是", "不", "在", "有", "说",
          "去", "来", "下", "一", "我", "你", "他", "她", "它", "这", "那", "间", "候", "样", "点",
          "天", "里", "周", "站", "市", "省", "县", "区", "路", "街", "业", "店", "厂", "楼", "馆",
          "院", "校", "节", "期", "会", "岛", "场", "局", "部", "所", "上", "就" }));
    return kGrammar.contains(c);
}

/// `rest` starts with a verb of saying or a time word: what follows a name opening a sentence.
bool timeOrSayingAt(std::string_view rest)
{
    for (const std::string_view w :
         { "说", "昨天", "今天", "明天", "刚才", "刚刚", "已经", "把", "告诉", "问" }) {
        if (rest.starts_with(w)) {
            return true;
        }
    }
    return false;
}

}  // namespace

void NameFinder::findHan(std::string_view text, const Token& token, std::vector<DetectedSpan>& spans) const
{
    // Code point boundaries of the run.
    std::vector<std::size_t> cuts;
    for (std::size_t p = token.begin; p < token.end;) {
        cuts.push_back(p);
        std::size_t length = 1;
        Unicode::decode(text, p, length);
        p += length;
    }
    cuts.push_back(token.end);
    std::size_t n = cuts.size() - 1;
    if (std::size_t nameStart = 0; n >= 3) {
        if (const std::size_t nameEnd = surnameBeforeHonorific(m_lexicon, text, cuts, nameStart);
            nameEnd != 0) {
            const std::string_view surname = text.substr(cuts[nameStart], cuts[nameEnd] - cuts[nameStart]);
            if (!publicCjk(m_lexicon, surname) && !m_lexicon.isCjkDenied(surname)) {
                spans.push_back(
                    { cuts[nameStart], cuts[nameEnd], Category::Person, kContextConfidence, "person-han" });
            }
            return;
        }
    }
    // Strip a trailing Han honorific (先生, 老师, 女士, 小姐, 同学, 様, 氏, 君).
    // Work titles after a name too: "佐藤部長", "王经理", "李医生".
    static constexpr auto kHonorifics = std::to_array<std::string_view>(
        { "先生", "老师", "老師", "女士", "小姐", "同学", "様", "氏", "君", "部長", "課長", "社長", "先輩",
          "教授", "经理", "經理", "医生", "醫生", "阿姨" });
    bool honorific = false;
    for (const std::string_view h : kHonorifics) {
        const std::string_view run = text.substr(token.begin, token.end - token.begin);
        if (run.size() > h.size() && run.substr(run.size() - h.size()) == h) {
            while (n > 0 && cuts[n] > token.end - h.size()) {
                --n;
            }
            honorific = true;
            break;
        }
    }
    // An honorific inside the run ("给刘洋老师写…"): the name ends before it.
    if (!honorific && n > 4) {
        const std::string_view run = text.substr(token.begin, token.end - token.begin);
        for (const std::string_view h : { "先生", "老师", "老師", "女士", "小姐", "经理", "医生" }) {
            const std::size_t at = run.find(h);
            if (at != std::string_view::npos && at >= 6) {
                while (n > 0 && cuts[n] > token.begin + at) {
                    --n;
                }
                honorific = true;
                break;
            }
        }
    }
    // A Kana honorific right after the run (さん, さま, くん, ちゃん).
    const std::string_view rest = text.substr(token.end);
    for (const std::string_view h : { "さん", "さま", "くん", "ちゃん" }) {
        if (rest.substr(0, h.size()) == h) {
            honorific = true;
        }
    }
    const auto isKanaAt = [&](std::size_t at) {
        std::size_t length = 1;
        return at < text.size() && Unicode::scriptOf(Unicode::decode(text, at, length)) == Script::Kana;
    };
    // Start of the code point before the run.
    std::size_t previous = token.begin;
    if (previous > 0) {
        --previous;
        while (previous > 0 && (static_cast<unsigned char>(text[previous]) & 0xC0U) == 0x80U) {
            --previous;
        }
    }
    const bool kanaNeighbour = isKanaAt(token.end) || (token.begin > 0 && isKanaAt(previous));
    // "私は鈴木です", "名前は田中と申します": the speaker's own surname.
    if (kanaNeighbour && !honorific && selfIntroduction(text, token.begin, token.end)
        && (m_lexicon.isHanSurname(text.substr(token.begin, token.end - token.begin))
            || m_lexicon.isHanGiven(text.substr(token.begin, token.end - token.begin)))
        && !publicCjk(m_lexicon, text.substr(token.begin, token.end - token.begin))) {
        spans.push_back({ token.begin, token.end, Category::Person, kContextConfidence, "person-han" });
        return;
    }
    // 叫/是 ("我叫王秀英", "我是…") right before a 2-4 character run marks a name.
    std::size_t marker = n;
    if (!honorific) {
        for (std::size_t k = n >= 3 ? n - 2 : 0; k-- > 0 && n - k <= 5;) {
            const std::string_view c = text.substr(cuts[k], cuts[k + 1] - cuts[k]);
            if (c == "叫" || c == "是") {
                marker = k;
                break;
            }
        }
    }
    std::size_t start = marker < n ? marker + 1 : 0;
    const auto piece = [&](std::size_t a, std::size_t b) { return text.substr(cuts[a], cuts[b] - cuts[a]); };
    // Three-character surnames (佐々木, 長谷川) make a five-character name.
    const bool longSurname = n - start == 5 && m_lexicon.isHanSurname(piece(start, start + 3));
    if (n - start > 4 && !longSurname) {
        // Inside running CJK text only an honorific or such a marker names someone.
        if (!honorific) {
            if (!kanaNeighbour) {
                // "刘子涵说明天不来了": a listed surname and a listed two-character given name open the run;
                // an unlisted one when a verb of saying or a time follows ("李嘉欣昨天把钥匙落在我家了").
                for (const std::size_t surname : { std::size_t { 2 }, std::size_t { 1 } }) {
                    if (start == 0 && m_lexicon.isHanSurname(piece(0, surname))
                        && (m_lexicon.isHanGiven(piece(surname, surname + 2))
                            || (surname == 1 && !grammarCharacter(piece(1, 2))
                                && !grammarCharacter(piece(2, 3)) && timeOrSayingAt(text.substr(cuts[3]))))
                        && !m_lexicon.isCjkDenied(piece(0, surname + 2))
                        && !publicCjk(m_lexicon, piece(0, surname + 2))) {
                        spans.push_back({ cuts[0], cuts[surname + 2], Category::Person, kContextConfidence,
                                          "person-han" });
                        break;
                    }
                }
                findHanAfterVerb(text, cuts, spans);
            }
            return;
        }
        start = n - 3;
    }
    for (std::size_t s = start; s + 1 < n + 1 && s <= start + 1; ++s) {
        const std::size_t len = n - s;
        if (len < 2 || len > (longSurname ? 5U : 4U)) {
            continue;
        }
        if (m_lexicon.isCjkDenied(piece(s, n))) {
            return;
        }
        // A surname alone with an honorific: "山本さん", "田中先生", "長谷川さん".
        if ((len == 2 || len == 3) && honorific && m_lexicon.isHanSurname(piece(s, n))) {
            if (!publicCjk(m_lexicon, piece(s, n))) {
                spans.push_back({ cuts[s], cuts[n], Category::Person, kContextConfidence, "person-han" });
            }
            return;
        }
        std::size_t surnameLength = 0;
        if (len >= 4 && m_lexicon.isHanSurname(piece(s, s + 3))) {
            surnameLength = 3;
        } else if (len >= 3 && m_lexicon.isHanSurname(piece(s, s + 2))) {
            surnameLength = 2;
        } else if (m_lexicon.isHanSurname(piece(s, s + 1))) {
            surnameLength = 1;
        }
        if (surnameLength == 0 || len - surnameLength > 3 || len == surnameLength) {
            continue;
        }
        const bool given = m_lexicon.isHanGiven(piece(s + surnameLength, n));
        // In Japanese text kanji words sit between kana ("週末に…"): there a
        // short run is a name only with an honorific or a listed given name.
        if (kanaNeighbour && !honorific && !(given && len >= 3)) {
            return;
        }
        if (given || honorific || (len <= 4 && surnameLength < 3)) {
            if (!publicCjk(m_lexicon, piece(s, n))) {
                spans.push_back({ cuts[s], cuts[n], Category::Person,
                                  given ? kKnownConfidence : kContextConfidence, "person-han" });
            }
            return;
        }
    }
}

void NameFinder::findHanAfterVerb(std::string_view text, const std::vector<std::size_t>& cuts,
                                  std::vector<DetectedSpan>& spans) const
{
    // "请帮我给王芳写一封感谢信": after 给/跟/问/告诉/… a listed surname and a
    // listed given name of one or two characters is a person, inside running
    // Chinese text that has no honorific or 叫/是 marker at its end.
    // A relation or role right before the name does the same: "我朋友张伟下周结婚",
    // "给房东李建国写…" (friend, landlord, colleague, boss, family).
    static constexpr std::array<std::string_view, 30> kRoles
        = { "朋友", "房东", "同事", "老板", "老公", "老婆", "妈妈", "爸爸", "哥哥", "姐姐",
            "弟弟", "妹妹", "室友", "邻居", "同学", "经理", "客户", "儿子", "女儿", "丈夫",
            "妻子", "男友", "女友", "闺蜜", "领导", "上司", "主管", "医生", "表哥", "表姐" };
    // Every character of a long run is tested: a 64-bit filter on the last
    // byte of a role's final character lets most skip the comparisons.
    static const std::uint64_t kRoleEnds = [] {
        std::uint64_t bits = 0;
        for (const std::string_view role : kRoles) {
            bits |= std::uint64_t { 1 } << (static_cast<unsigned char>(role.back()) & 63U);
        }
        return bits;
    }();
    const std::size_t n = cuts.size() - 1;
    const auto piece = [&](std::size_t a, std::size_t b) { return text.substr(cuts[a], cuts[b] - cuts[a]); };
    for (std::size_t k = 0; k + 2 < n; ++k) {
        const std::string_view c = piece(k, k + 1);
        const bool role = k > 0 && (kRoleEnds >> (static_cast<unsigned char>(c.back()) & 63U) & 1U) != 0
            && std::find(kRoles.begin(), kRoles.end(), piece(k - 1, k + 1)) != kRoles.end();
        // "帮我查一下王芳的航班": a verb with 一下 ("a moment") before its object.
        const bool moment = c == "下" && k > 0 && piece(k - 1, k) == "一";
        // "对于" ("regarding") is one word: its 于 is no surname.
        if ((!role && !moment && !kMarkers.contains(c)) || (c == "对" && piece(k + 1, k + 2) == "于")) {
            continue;
        }
        const std::size_t s = k + 1;
        for (const std::size_t surname : { std::size_t { 2 }, std::size_t { 1 } }) {
            if (s + surname >= n || !m_lexicon.isHanSurname(piece(s, s + surname))) {
                continue;
            }
            for (const std::size_t given : { std::size_t { 2 }, std::size_t { 1 } }) {
                const std::size_t e = s + surname + given;
                // "发给黄诗琪": a surname and two characters that end the run are a name
                // even when the given name is in no list; so after "I/you/he/she with" ("我和林婉清周末…").
                const bool withSomeone = (c == "和" || c == "跟") && k > 0
                    && (piece(k - 1, k) == "我" || piece(k - 1, k) == "你" || piece(k - 1, k) == "他"
                        || piece(k - 1, k) == "她");
                const bool last = (e == n || withSomeone) && surname == 1 && given == 2
                    && !grammarCharacter(piece(s + 1, s + 2)) && !grammarCharacter(piece(s + 2, e));
                if (e > n || !(last || m_lexicon.isHanGiven(piece(s + surname, e)))
                    || m_lexicon.isCjkDenied(piece(s, e)) || publicCjk(m_lexicon, piece(s, e))) {
                    continue;
                }
                spans.push_back({ cuts[s], cuts[e], Category::Person, kContextConfidence, "person-han" });
                return;
            }
        }
    }
}

}  // namespace veil::redact
