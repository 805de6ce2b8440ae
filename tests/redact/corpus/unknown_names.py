#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Veil contributors
# SPDX-License-Identifier: MIT
"""Writes unknown-names.jsonl: people's names that are in no list, in everyday
chat contexts, so the name finder is measured on context alone.

    python3 tests/redact/corpus/unknown_names.py

The names are made of syllables (fixed seed), so no name list of ours can
hold them; the held-out corpus will have names we do not list either. The
templates were written for this test; the held-out corpus does not have them.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ONSETS = ["b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "ch", "sh", "th", "br",
          "kr", "tr", "dr", "j", "y", "w"]
VOWELS = ["a", "e", "i", "o", "u", "ai", "ei", "ou", "ia", "io", "ue"]
CODAS = ["", "", "", "n", "r", "l", "s", "m", "k", "th", "nd", "rt"]
TEMPLATES = [
    "Profile → {F}, {E}, {P}",
    "Contact: {F} <{E}>",
    "{F} | {P} | {E}",
    "Name: {F}\nPhone: {P}",
    "Can you write a birthday message for {G}? She loves hiking",
    "{G} from accounting keeps cc'ing me on everything",
    "I need to reply to {F} about the invoice, make it polite",
    "Draft an email to {F} asking for a deadline extension",
    "Is it rude to cancel on {G} last minute?",
    "My landlord {F} still hasn't fixed the heater",
    "Sign it from {G} and {G2}",
    "Thanks so much!\n{G}",
    "Meeting with {F} moved to Friday, update the invite",
    "{F} (my manager) wants the report by noon",
    "Write a reference letter for {F}, who worked with us for three years",
    "Translate to Spanish: Dear {F}, thank you for your order",
    "Who should I invite first, {G} or {G2}?",
    "{G}'s wedding is next month and I have nothing to wear",
    "Hi, I'm {F} and I run a small bakery",
    "My name is {F}, how do I reset my password",
    "Passenger: {F}, seat 14C",
    "Reminder: call {G} back about the car",
    "{G} said the package never arrived",
    "Can you help me write a condolence card to {F}?",
    "We hired {F} as our new designer, write a welcome post",
    "ok so {G} just texted me that she's running late lol",
    "Emergency contact: {F}, {P}",
    "Attendees: {F}, {F2}, {F3}",
    "How do I tell {G} I can't lend her money again",
    "Shoutout to {F} for covering my shift!",
    "Please forward this to {F} in HR",
    "{F} and I are planning a trip to Lisbon",
    "Pick up {G} from school at 3, she's in room 12",
    "Interview notes – candidate: {F}",
    "my cousin {G} wants to study nursing, any tips",
    "Booking under the name {F}, two nights",
    "Rewrite this so it sounds less angry: {G}, you forgot my birthday again",
    "Tenant: {F}\nUnit: 4B",
    "Can you summarise the thread between me and {F}?",
    "Our neighbour {G} keeps parking in front of our driveway",
    # A second set, written after the fixes the first one led to, scored blind.
    "Can you check the grammar: 'I spoke with {F} yesterday and she agreed to the terms.'",
    "{G} and {G2} are coming for dinner, what should I cook?",
    "my mother-in-law {G} is visiting for two weeks, send help",
    "Dear {F},\n\nPlease find attached the signed contract.\n\nBest regards,\n{F2}",
    "Write a LinkedIn recommendation for {F}, a data analyst I managed",
    "Summarise this: {F} called at 3pm regarding the overdue invoice",
    "lol {G} just sent the worst meme in the group chat",
    "Help me plan a surprise party for {G}'s 30th",
    "The doctor, {F}, said I should rest for a week",
    "From: {F}\nTo: {F2}\nSubject: Q3 numbers",
    "I'm writing a wedding toast for my best friend {G}",
    "{F} is my emergency contact, can I add two?",
    "Translate into French: My colleague {G} will pick you up at the airport",
    "What should I get {G} for Christmas? He likes fishing",
    "Remind me to send {F} the slides tomorrow",
    "Our babysitter {G} can't come Friday, any ideas?",
    "Can you make this message to {G} sound more professional: hey can u send the file",
    "{G}: are we still on for tonight?\nMe: yes!",
    "Birthday card for grandpa {G}, he turns 90",
    "Please cc {F} and {F2} on the reply",
    "The contract is between Acme Ltd and {F}",
    "Who is older, {G} or her brother {G2}?",
    "I have a crush on {G} from my yoga class",
    "Signed, {F}",
    "My roommate {G} never does the dishes",
    "Write a thank-you note to {F} for the job interview",
    "Notes from the call with {F}: budget approved",
    "{F} left a review saying the food was cold",
    "Our team lead {F} is leaving, draft a farewell message",
    # A third set, written after the second one's fixes, scored blind.
    "lunch with {G} tomorrow, any cafe ideas near Soho?",
    "me and {G} are going hiking, what should we pack",
    "{G} & {G2} are getting married in June!!",
    "forwarding this from {G}: \"the meeting is cancelled\"",
    "- {F}\n- {F2}\n- {F3}\nwho should lead the project?",
    "{H} can you check the PR when you get a chance",
    "omg {g} is so annoying today",
    "Tell me a bedtime story where my daughter {G} is a dragon tamer",
    "{G} 😂😂 she did it again",
    "Is it weird that {G}'s mom calls me every day?",
    "My ex, {G}, wants the dog back",
    "{F} has been promoted to senior engineer, write a congrats post",
    "text from {G}: running 10 min late",
    "Guest list: {F} (vegan), {F2} (no nuts)",
    "I'm meeting {F} at the station at 6",
    "{J} signed the lease yesterday",
    "Happy birthday to my amazing sister {G}! 🎉",
    "my prof, Dr. {S}, extended the deadline",
    "What do I say to {G} after the argument?",
    "{F}, 34, applied for the nursing role",
    "Send the invoice to {F} at the Leeds office",
    "Our landlady Mrs {S} raised the rent again",
    "{G}: ok see u there\n{G2}: 👍",
    "Could you draft a reply to {G}? She asked about the refund",
    "Is {F} allowed to pick up my prescription?",
    "I owe {G} 50 quid",
    "bday gift ideas for {G} (she's 12)",
    "{F} keeps sending me spam emails, how do I block him",
    "Thank you notes for {G}, {G2} and {G3}",
    "Mr and Mrs {S} are hosting the dinner",
    # A fourth set (work, health, law), scored blind.
    "Patient {F}, 56, presents with chest pain. Draft a referral letter.",
    "Please summarise the deposition of {F} in plain English",
    "The tenancy agreement names {F} as the guarantor",
    "Write an out-of-office reply; urgent matters go to {F}",
    "Minutes: {F} proposed the motion, {F2} seconded it",
    "Can you rephrase: 'As discussed with {G}, the deadline is Friday'",
    "Our client, {F}, disputes the charge",
    "{F} from the billing team will call you back",
    "Invoice addressed to {F}, 12 units at $40",
    "Prepare a performance review for {G}, who exceeded targets",
    "I'm the executor of {F}'s estate, what forms do I need?",
    "Reference check: {F} worked here from 2019 to 2023",
    "The vet said {G} (our neighbour's son) can walk the dog",
    "Dr. {S} prescribed amoxicillin, is it safe with ibuprofen?",
    "Certificate of completion awarded to {F}",
    "Write a eulogy for my uncle {G}",
    "The witness, {F}, saw the car run the red light",
    "{F} is requesting a refund for order 55512",
    "Cover letter addressed to the hiring manager, {F}",
    "Application for {F}: status pending",
    "Please book a table for two under {F} at 8pm",
    "{G} asked me to be her maid of honour!",
    "We need to discuss {G}'s behaviour in class",
    "Emergency contact for {F}: her husband {G}",
    "Write a toast for {G} and {G2}'s anniversary",
]


def main():
    rnd = random.Random(7)

    def word(low, high):
        syllables = "".join(rnd.choice(ONSETS) + rnd.choice(VOWELS) for _ in range(rnd.randint(low, high)))
        return (syllables + rnd.choice(CODAS)).capitalize()

    def email():
        return f"{rnd.choice(['kolu', 'mirt', 'zana', 'pex'])}{rnd.randint(10, 99)}@" + rnd.choice(
            ["gmail.com", "proton.me", "outlook.com"])

    def phone():
        return rnd.choice(["+44 7700 900", "+1 415 555 0", "+91 98765 4"]) + str(rnd.randint(100, 999))

    out, n = [], 0
    for _ in range(5):
        for template in TEMPLATES:
            values = {"F": word(2, 3) + " " + word(2, 4), "F2": word(2, 3) + " " + word(2, 4),
                      "F3": word(2, 3) + " " + word(2, 4), "G": word(2, 3), "G2": word(2, 3), "G3": word(2, 3),
                      "g": word(2, 3).lower(), "S": word(2, 4), "J": "J. " + word(2, 4), "H": "@" + word(2, 3),
                      "E": email(), "P": phone()}
            text, spans, pos = "", [], 0
            for m in re.finditer(r"\{(\w+)\}", template):
                text += template[pos:m.start()]
                value = values[m.group(1)]
                category = {"E": "EMAIL", "P": "PHONE", "H": "SOCIAL_HANDLE"}.get(m.group(1), "PERSON")
                spans.append({"start": len(text), "end": len(text) + len(value), "category": category})
                text += value
                pos = m.end()
            text += template[pos:]
            n += 1
            out.append({"id": f"u{n:04d}", "text": text, "spans": spans})
    with open(os.path.join(HERE, "unknown-names.jsonl"), "w", encoding="utf-8") as f:
        for record in out:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
