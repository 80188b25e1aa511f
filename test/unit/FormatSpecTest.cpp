//===- FormatSpecTest.cpp - printf formats parsed at compile time ---------===//
//
// Part of koffload. SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//===----------------------------------------------------------------------===//
//
// parseFormat() splits a format into literal runs and conversions with
// their flags, width, precision and argument width, and names the first
// thing it does not format; the expectations are C's rules, by hand.
//
//===----------------------------------------------------------------------===//

#include "Support/FormatSpec.h"

#include "gtest/gtest.h"

using namespace koffload;

namespace {

FormatSpec parse(llvm::StringRef Fmt) {
  std::string Why;
  std::optional<FormatSpec> S = parseFormat(Fmt, Why);
  EXPECT_TRUE(S.has_value()) << Fmt.str() << ": " << Why;
  return S ? *S : FormatSpec();
}

std::string refusal(llvm::StringRef Fmt) {
  std::string Why;
  EXPECT_FALSE(parseFormat(Fmt, Why).has_value()) << Fmt.str();
  return Why;
}

TEST(FormatSpec, LiteralRunsAndConversions) {
  FormatSpec S = parse("VALUE %s %u %zu\r\n");
  ASSERT_EQ(S.Pieces.size(), 7u); // "VALUE ", s, " ", u, " ", zu, "\r\n"
  EXPECT_EQ(S.Pieces[0].Literal, "VALUE ");
  EXPECT_EQ(S.Pieces[1].Conv->Conv, 's');
  EXPECT_EQ(S.Pieces[2].Literal, " ");
  EXPECT_EQ(S.Pieces[3].Conv->Conv, 'u');
  EXPECT_EQ(S.Pieces[3].Conv->Bits, 32u);
  EXPECT_EQ(S.Pieces[5].Conv->Bits, 64u); // z
  EXPECT_EQ(S.Pieces[6].Literal, "\r\n");
  EXPECT_EQ(S.NumArgs, 3u);
}

TEST(FormatSpec, PercentIsLiteral) {
  FormatSpec S = parse("100%% of %d%%");
  ASSERT_EQ(S.Pieces.size(), 3u);
  EXPECT_EQ(S.Pieces[0].Literal, "100% of ");
  EXPECT_EQ(S.Pieces[2].Literal, "%");
  EXPECT_EQ(S.NumArgs, 1u);
}

TEST(FormatSpec, FlagsWidthPrecision) {
  FormatConversion C = *parse("%-+ #012.5hhx").Pieces[0].Conv;
  EXPECT_TRUE(C.Left && C.Plus && C.Space && C.Alt && C.Zero);
  EXPECT_EQ(C.Width, 12);
  EXPECT_EQ(C.Precision, 5);
  EXPECT_EQ(C.Bits, 8u);
  EXPECT_EQ(C.base(), 16u);
  FormatSpec Star = parse("%*.*d|%.*s|%.d");
  EXPECT_TRUE(Star.Pieces[0].Conv->WidthArg && Star.Pieces[0].Conv->PrecisionArg);
  EXPECT_TRUE(Star.Pieces[2].Conv->PrecisionArg);
  EXPECT_EQ(Star.Pieces[4].Conv->Precision, 0); // "%.d": precision 0
  EXPECT_EQ(Star.NumArgs, 3u + 2u + 1u);
}

TEST(FormatSpec, StopsAtNul) {
  EXPECT_EQ(parse(llvm::StringRef("ab\0%f", 5)).Pieces.size(), 1u);
}

TEST(FormatSpec, NamesWhatItDoesNotFormat) {
  EXPECT_EQ(refusal("x=%.3f"), "the conversion %.3f (floating point)");
  EXPECT_EQ(refusal("%p"), "the conversion %p (a pointer's address)");
  EXPECT_EQ(refusal("%n"),
            "the conversion %n (writes the count through a pointer)");
  EXPECT_EQ(refusal("%m"), "the conversion %m (strerror(errno))");
  EXPECT_EQ(refusal("%ls"), "the conversion %ls (wide characters)");
  EXPECT_EQ(refusal("%2$d"), "a positional argument (%2$)");
  EXPECT_EQ(refusal("%'d"), "the flag ' (locale-dependent digits)");
  EXPECT_EQ(refusal("%Lf"), "the conversion %Lf (floating point)");
  EXPECT_EQ(refusal("%5000d"), "a width or precision over 4096");
  EXPECT_EQ(refusal("50%"), "an incomplete conversion at the end (%)");
}

// scanFormat() reads a directive as written, judging nothing: the one
// reader behind parseFormat() and the log records' formats.
TEST(FormatSpec, ScansDirectivesAsWritten) {
  auto T = scanFormat("a%%b %-'08.*lld|%*.3s%m %Lf");
  ASSERT_EQ(T.size(), 7u);
  EXPECT_EQ(T[0].Literal, "a%b ");
  ASSERT_TRUE(T[1].Dir.has_value());
  EXPECT_EQ(T[1].Dir->Start, 5u);
  EXPECT_EQ(T[1].Dir->Spelled, "-'08.*lld");
  EXPECT_EQ(T[1].Dir->Flags, "-'0");
  EXPECT_EQ(T[1].Dir->Width, 8);
  EXPECT_TRUE(T[1].Dir->PrecisionArg);
  EXPECT_EQ(T[1].Dir->Mod, "ll");
  EXPECT_EQ(T[1].Dir->Conv, 'd');
  EXPECT_EQ(T[2].Literal, "|");
  EXPECT_TRUE(T[3].Dir->WidthArg);
  EXPECT_EQ(T[3].Dir->Precision, 3);
  EXPECT_EQ(T[3].Dir->Conv, 's');
  EXPECT_EQ(T[4].Dir->Conv, 'm');
  EXPECT_EQ(T[5].Literal, " ");
  EXPECT_EQ(T[6].Dir->Mod, "L");
  EXPECT_EQ(T[6].Dir->Conv, 'f');
}

TEST(FormatSpec, ScanEndsAtPositionalOrIncomplete) {
  auto P = scanFormat("x %1$d %d");
  ASSERT_EQ(P.size(), 2u);
  EXPECT_TRUE(P[1].Dir->Positional);
  EXPECT_EQ(P[1].Dir->Spelled, "1$");
  auto E = scanFormat("50%-");
  ASSERT_EQ(E.size(), 2u);
  EXPECT_EQ(E[1].Dir->Conv, 0);
  EXPECT_EQ(E[1].Dir->Spelled, "-");
}

} // namespace
