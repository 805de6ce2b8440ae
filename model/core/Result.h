// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace veil::model {

/// A failure a user can act on: names the file or entry and what is wrong.
struct Failure {
    QString message;
};

/// Either a value or a Failure. Model functions that can fail on user input
/// return this instead of throwing, so no exception reaches Qt's event loop.
template<typename T> class Result {
public:
    Result(T value)  // NOLINT(google-explicit-constructor): returning a value reads naturally
        : m_state(std::move(value))
    { }
    Result(Failure failure)  // NOLINT(google-explicit-constructor)
        : m_state(std::move(failure))
    { }

    [[nodiscard]] bool ok() const noexcept { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const noexcept { return ok(); }
    [[nodiscard]] T& value() & { return std::get<T>(m_state); }
    [[nodiscard]] const T& value() const& { return std::get<T>(m_state); }
    [[nodiscard]] T&& value() && { return std::get<T>(std::move(m_state)); }
    /// The failure's message; empty when there is a value (so that test
    /// macros that format their message eagerly stay safe).
    [[nodiscard]] QString error() const
    {
        const auto* failure = std::get_if<Failure>(&m_state);
        return failure != nullptr ? failure->message : QString();
    }

private:
    std::variant<T, Failure> m_state;
};

/// Result of an operation that produces nothing but can fail.
struct Done { };
using Status = Result<Done>;

inline Failure fail(QString message)
{
    return Failure { std::move(message) };
}

}  // namespace veil::model
