#pragma once

// Shared by the formula tests: comparing doubles with a relative tolerance, with a message
// that shows both values in full.

#include <QByteArray>
#include <QTest>

#include <algorithm>
#include <cmath>

namespace fulcrum::testsupport {

/// |actual − expected| ≤ tolerance × max(1, |expected|).
inline bool near(double actual, double expected, double tolerance)
{
    return std::abs(actual - expected) <= tolerance * std::max(1.0, std::abs(expected));
}

inline QByteArray mismatch(const char *what, double actual, double expected)
{
    return QByteArray(what) + ": got " + QByteArray::number(actual, 'g', 17) + ", expected "
           + QByteArray::number(expected, 'g', 17);
}

} // namespace fulcrum::testsupport

#define FULCRUM_VERIFY_NEAR(actual, expected, tolerance)                                      \
    QVERIFY2(::fulcrum::testsupport::near((actual), (expected), (tolerance)),                 \
             ::fulcrum::testsupport::mismatch(#actual, (actual), (expected)).constData())
