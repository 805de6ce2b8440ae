// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace veil::redact {

/// A failure a user can act on: says what file, which entry, what was wrong.
struct Error {
    std::string message;
};

/// Either a value or an Error. Errors are values in Veil: nothing in redact/
/// throws across its interface.
template<typename T> class Result {
public:
    Result(T value)
        : m_state(std::move(value))
    { }  // NOLINT(google-explicit-constructor)
    Result(Error error)
        : m_state(std::move(error))
    { }  // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const noexcept { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const noexcept { return ok(); }

    [[nodiscard]] T& value() & { return std::get<T>(m_state); }
    [[nodiscard]] const T& value() const& { return std::get<T>(m_state); }
    [[nodiscard]] T&& value() && { return std::get<T>(std::move(m_state)); }
    [[nodiscard]] const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

}  // namespace veil::redact
