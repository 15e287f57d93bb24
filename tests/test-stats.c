/* test-stats.c: summary statistics for the spread of providers' proposals
 *
 * Every expected figure below was worked out by hand with the rule of
 * Excel's QUARTILE.INC (R type 7): for n sorted values x[0] … x[n-1],
 * h = (n - 1) p and Q(p) = x[floor h] + (h - floor h)(x[floor h + 1] -
 * x[floor h]). The working is in the comment above each set.
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "tafel-stats.h"

#define EPSILON 1e-12

/* ---- helpers ---------------------------------------------------------- */

static void
assert_summary (const TafelSummary *summary,
                guint               n,
                double              min,
                double              q1,
                double              median,
                double              q3,
                double              max,
                double              mean)
{
  g_assert_cmpuint (summary->n, ==, n);
  g_assert_cmpfloat_with_epsilon (summary->min, min, EPSILON);
  g_assert_cmpfloat_with_epsilon (summary->q1, q1, EPSILON);
  g_assert_cmpfloat_with_epsilon (summary->median, median, EPSILON);
  g_assert_cmpfloat_with_epsilon (summary->q3, q3, EPSILON);
  g_assert_cmpfloat_with_epsilon (summary->max, max, EPSILON);
  g_assert_cmpfloat_with_epsilon (summary->mean, mean, EPSILON);
}

static void
assert_empty (const TafelSummary *summary)
{
  g_assert_cmpuint (summary->n, ==, 0);
  g_assert_true (isnan (summary->min));
  g_assert_true (isnan (summary->q1));
  g_assert_true (isnan (summary->median));
  g_assert_true (isnan (summary->q3));
  g_assert_true (isnan (summary->max));
  g_assert_true (isnan (summary->mean));
}

/* A summary full of figures, to see that compute overwrites all of them. */
static void
fill_with_rubbish (TafelSummary *summary)
{
  summary->n = 99;
  summary->min = summary->q1 = summary->median = -1.0;
  summary->q3 = summary->max = summary->mean = -1.0;
}

/* ---- tafel_summary_compute -------------------------------------------- */

static void
test_summary_empty (void)
{
  const double only_nan[] = { NAN, NAN, NAN };
  const double one[] = { 1.0 };
  TafelSummary summary;

  /* n = 0: no values at all; everything NAN, n 0. */
  fill_with_rubbish (&summary);
  tafel_summary_compute (NULL, 0, &summary);
  assert_empty (&summary);

  /* A real array with n = 0 is empty too. */
  fill_with_rubbish (&summary);
  tafel_summary_compute (one, 0, &summary);
  assert_empty (&summary);

  /* Only NAN: all skipped, nothing counted. */
  fill_with_rubbish (&summary);
  tafel_summary_compute (only_nan, G_N_ELEMENTS (only_nan), &summary);
  assert_empty (&summary);
}

static void
test_summary_one (void)
{
  /* n = 1, {42}: h = 0 for every p, so every figure is 42. */
  const double values[] = { 42.0 };
  TafelSummary summary;

  tafel_summary_compute (values, 1, &summary);
  assert_summary (&summary, 1, 42.0, 42.0, 42.0, 42.0, 42.0, 42.0);
}

static void
test_summary_two (void)
{
  /* n = 2, {10, 20}: h = 1 p.
   *   q1:     h = 0.25 → 10 + 0.25 × 10 = 12.5
   *   median: h = 0.5  → 10 + 0.5 × 10  = 15
   *   q3:     h = 0.75 → 10 + 0.75 × 10 = 17.5
   *   mean = 30 / 2 = 15 */
  const double values[] = { 20.0, 10.0 };
  TafelSummary summary;

  tafel_summary_compute (values, 2, &summary);
  assert_summary (&summary, 2, 10.0, 12.5, 15.0, 17.5, 20.0, 15.0);
}

static void
test_summary_three (void)
{
  /* n = 3, {1, 2, 100}: h = 2 p.
   *   q1:     h = 0.5 → 1 + 0.5 × (2 - 1)   = 1.5
   *   median: h = 1   → 2
   *   q3:     h = 1.5 → 2 + 0.5 × (100 - 2) = 51
   *   mean = 103 / 3 = 34.333… */
  const double values[] = { 1.0, 2.0, 100.0 };
  TafelSummary summary;

  tafel_summary_compute (values, 3, &summary);
  assert_summary (&summary, 3, 1.0, 1.5, 2.0, 51.0, 100.0, 103.0 / 3.0);
}

static void
test_summary_odd (void)
{
  /* n = 5, {1, 3, 5, 7, 9}: h = 4 p falls on whole ranks.
   *   q1: h = 1 → 3; median: h = 2 → 5; q3: h = 3 → 7
   *   mean = 25 / 5 = 5 */
  const double values[] = { 1.0, 3.0, 5.0, 7.0, 9.0 };
  TafelSummary summary;

  tafel_summary_compute (values, G_N_ELEMENTS (values), &summary);
  assert_summary (&summary, 5, 1.0, 3.0, 5.0, 7.0, 9.0, 5.0);
}

static void
test_summary_even (void)
{
  /* n = 6, {2, 4, 4, 5, 7, 9}: h = 5 p.
   *   q1:     h = 1.25 → x1 + 0.25 (x2 - x1) = 4 + 0.25 × 0 = 4
   *   median: h = 2.5  → x2 + 0.5 (x3 - x2)  = 4 + 0.5 × 1 = 4.5
   *   q3:     h = 3.75 → x3 + 0.75 (x4 - x3) = 5 + 0.75 × 2 = 6.5
   *   mean = 31 / 6 = 5.1666…
   * Excel: =QUARTILE.INC({2;4;4;5;7;9}; 1) = 4, 2 → 4.5, 3 → 6.5. */
  const double values[] = { 2.0, 4.0, 4.0, 5.0, 7.0, 9.0 };
  TafelSummary summary;

  tafel_summary_compute (values, G_N_ELEMENTS (values), &summary);
  assert_summary (&summary, 6, 2.0, 4.0, 4.5, 6.5, 9.0, 31.0 / 6.0);
}

static void
test_summary_ties (void)
{
  /* All equal, {3, 3, 3, 3}: every figure is 3. */
  const double same[] = { 3.0, 3.0, 3.0, 3.0 };
  /* n = 5, {1, 2, 2, 2, 10}: h = 4 p.
   *   q1: h = 1 → 2; median: h = 2 → 2; q3: h = 3 → 2
   *   mean = 17 / 5 = 3.4 */
  const double ties[] = { 2.0, 10.0, 2.0, 1.0, 2.0 };
  /* {0.1, 0.1, 0.1}: the sum is 0.30000000000000004, but the mean may
   * not come out above the largest value. */
  const double tenths[] = { 0.1, 0.1, 0.1 };
  TafelSummary summary;

  tafel_summary_compute (same, G_N_ELEMENTS (same), &summary);
  assert_summary (&summary, 4, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0);

  tafel_summary_compute (ties, G_N_ELEMENTS (ties), &summary);
  assert_summary (&summary, 5, 1.0, 2.0, 2.0, 2.0, 10.0, 3.4);

  tafel_summary_compute (tenths, G_N_ELEMENTS (tenths), &summary);
  g_assert_cmpfloat (summary.mean, ==, 0.1);
  g_assert_cmpfloat (summary.mean, <=, summary.max);
}

static void
test_summary_unsorted (void)
{
  /* The even set {2, 4, 4, 5, 7, 9} in another order: same figures
   * (q1 4, median 4.5, q3 6.5, mean 31/6), and the input stays as it was. */
  double values[] = { 9.0, 2.0, 7.0, 4.0, 5.0, 4.0 };
  const double copy[] = { 9.0, 2.0, 7.0, 4.0, 5.0, 4.0 };
  /* Descending {9, 7, 5, 3, 1}: as the odd set, q1 3, median 5, q3 7. */
  const double descending[] = { 9.0, 7.0, 5.0, 3.0, 1.0 };
  TafelSummary summary;

  tafel_summary_compute (values, G_N_ELEMENTS (values), &summary);
  assert_summary (&summary, 6, 2.0, 4.0, 4.5, 6.5, 9.0, 31.0 / 6.0);
  g_assert_cmpmem (values, sizeof values, copy, sizeof copy);

  tafel_summary_compute (descending, G_N_ELEMENTS (descending), &summary);
  assert_summary (&summary, 5, 1.0, 3.0, 5.0, 7.0, 9.0, 5.0);
}

static void
test_summary_negative (void)
{
  /* n = 4, {-10, -5, 0, 5}, given as {5, -10, 0, -5}: h = 3 p.
   *   q1:     h = 0.75 → -10 + 0.75 × 5 = -6.25
   *   median: h = 1.5  → -5 + 0.5 × 5   = -2.5
   *   q3:     h = 2.25 → 0 + 0.25 × 5   = 1.25
   *   mean = -10 / 4 = -2.5 */
  const double values[] = { 5.0, -10.0, 0.0, -5.0 };
  /* All negative, n = 3, {-3, -2, -1}: h = 2 p.
   *   q1: h = 0.5 → -2.5; median: h = 1 → -2; q3: h = 1.5 → -1.5; mean -2 */
  const double all_negative[] = { -1.0, -3.0, -2.0 };
  TafelSummary summary;

  tafel_summary_compute (values, G_N_ELEMENTS (values), &summary);
  assert_summary (&summary, 4, -10.0, -6.25, -2.5, 1.25, 5.0, -2.5);

  tafel_summary_compute (all_negative, G_N_ELEMENTS (all_negative), &summary);
  assert_summary (&summary, 3, -3.0, -2.5, -2.0, -1.5, -1.0, -2.0);
}

static void
test_summary_nan_skipped (void)
{
  /* {NAN, 1, 3, NAN, 5, 7, 9, NAN}: the NANs are skipped and not counted,
   * leaving the odd set: n 5, q1 3, median 5, q3 7, mean 5. */
  const double values[] = { NAN, 1.0, 3.0, NAN, 5.0, 7.0, 9.0, NAN };
  /* {NAN, 7}: one value left, everything 7. */
  const double one_left[] = { NAN, 7.0 };
  TafelSummary summary;

  tafel_summary_compute (values, G_N_ELEMENTS (values), &summary);
  assert_summary (&summary, 5, 1.0, 3.0, 5.0, 7.0, 9.0, 5.0);

  tafel_summary_compute (one_left, G_N_ELEMENTS (one_left), &summary);
  assert_summary (&summary, 1, 7.0, 7.0, 7.0, 7.0, 7.0, 7.0);
}

static void
test_summary_fractions (void)
{
  /* Hourly rates in euros, n = 4, {61.5, 58.25, 64, 70.75}, sorted
   * {58.25, 61.5, 64, 70.75}: h = 3 p.
   *   q1:     h = 0.75 → 58.25 + 0.75 × 3.25 = 60.6875
   *   median: h = 1.5  → 61.5 + 0.5 × 2.5    = 62.75
   *   q3:     h = 2.25 → 64 + 0.25 × 6.75    = 65.6875
   *   mean = 254.5 / 4 = 63.625 */
  const double values[] = { 61.5, 58.25, 64.0, 70.75 };
  TafelSummary summary;

  tafel_summary_compute (values, G_N_ELEMENTS (values), &summary);
  assert_summary (&summary, 4, 58.25, 60.6875, 62.75, 65.6875, 70.75, 63.625);
}

static void
test_summary_programming_errors (void)
{
  TafelSummary summary;

  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*out != NULL*");
  tafel_summary_compute (NULL, 0, NULL);
  g_test_assert_expected_messages ();

  /* NULL values with n > 0: a critical, and an empty summary. */
  fill_with_rubbish (&summary);
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*values != NULL*");
  tafel_summary_compute (NULL, 3, &summary);
  g_test_assert_expected_messages ();
  assert_empty (&summary);
}

/* ---- tafel_quantile_sorted --------------------------------------------- */

static void
test_quantile (void)
{
  /* {10, 20, 30, 40}: h = 3 p.
   *   p 0 → 10; p 1 → 40; p 0.5: h 1.5 → 25;
   *   p 0.1: h 0.3 → 10 + 0.3 × 10 = 13; p 0.9: h 2.7 → 30 + 0.7 × 10 = 37;
   *   p 0.25: h 0.75 → 17.5; p 0.75: h 2.25 → 32.5 */
  const double sorted[] = { 10.0, 20.0, 30.0, 40.0 };
  const double single[] = { 7.0 };
  /* {1, 2, 3, 4, +inf}: q3 h = 3 lies on 4 exactly; 0 × inf must not
   * turn it into NAN. */
  const double with_infinity[] = { 1.0, 2.0, 3.0, 4.0, INFINITY };

  g_assert_cmpfloat (tafel_quantile_sorted (sorted, 4, 0.0), ==, 10.0);
  g_assert_cmpfloat (tafel_quantile_sorted (sorted, 4, 1.0), ==, 40.0);
  g_assert_cmpfloat_with_epsilon (tafel_quantile_sorted (sorted, 4, 0.5), 25.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (tafel_quantile_sorted (sorted, 4, 0.1), 13.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (tafel_quantile_sorted (sorted, 4, 0.9), 37.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (tafel_quantile_sorted (sorted, 4, 0.25), 17.5, EPSILON);
  g_assert_cmpfloat_with_epsilon (tafel_quantile_sorted (sorted, 4, 0.75), 32.5, EPSILON);

  /* n = 1: the value for every p. */
  g_assert_cmpfloat (tafel_quantile_sorted (single, 1, 0.0), ==, 7.0);
  g_assert_cmpfloat (tafel_quantile_sorted (single, 1, 0.3), ==, 7.0);
  g_assert_cmpfloat (tafel_quantile_sorted (single, 1, 1.0), ==, 7.0);

  /* n = 0: NAN. */
  g_assert_true (isnan (tafel_quantile_sorted (NULL, 0, 0.5)));
  g_assert_true (isnan (tafel_quantile_sorted (sorted, 0, 0.5)));

  g_assert_cmpfloat (tafel_quantile_sorted (with_infinity, 5, 0.75), ==, 4.0);
  g_assert_cmpfloat (tafel_quantile_sorted (with_infinity, 5, 0.5), ==, 3.0);
  g_assert_true (isinf (tafel_quantile_sorted (with_infinity, 5, 1.0)));
}

static void
test_quantile_programming_errors (void)
{
  const double sorted[] = { 10.0, 20.0 };
  const double bad[] = { -0.1, 1.1, -INFINITY, INFINITY, NAN };

  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*p >= 0.0*");
      g_assert_true (isnan (tafel_quantile_sorted (sorted, 2, bad[i])));
      g_test_assert_expected_messages ();
    }

  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*sorted != NULL*");
  g_assert_true (isnan (tafel_quantile_sorted (NULL, 2, 0.5)));
  g_test_assert_expected_messages ();
}

/* ---- tafel_summary_is_outlier ------------------------------------------ */

static void
test_outlier_far_value (void)
{
  /* n = 7, {10, 12, 12, 13, 14, 15, 40}: h = 6 p.
   *   q1:     h = 1.5 → 12 + 0.5 × 0 = 12
   *   median: h = 3   → 13
   *   q3:     h = 4.5 → 14 + 0.5 × 1 = 14.5
   *   IQR = 2.5, 1.5 IQR = 3.75: fences 8.25 and 18.25
   *   mean = 116 / 7 = 16.571…
   * Only 40 lies outside; a value on a fence is inside. */
  const double values[] = { 13.0, 40.0, 12.0, 10.0, 15.0, 12.0, 14.0 };
  TafelSummary summary;

  tafel_summary_compute (values, G_N_ELEMENTS (values), &summary);
  assert_summary (&summary, 7, 10.0, 12.0, 13.0, 14.5, 40.0, 116.0 / 7.0);

  g_assert_true (tafel_summary_is_outlier (&summary, 40.0));
  for (gsize i = 0; i < G_N_ELEMENTS (values); i++)
    {
      if (values[i] != 40.0)
        g_assert_false (tafel_summary_is_outlier (&summary, values[i]));
    }

  g_assert_false (tafel_summary_is_outlier (&summary, 18.25));
  g_assert_true (tafel_summary_is_outlier (&summary, 18.26));
  g_assert_false (tafel_summary_is_outlier (&summary, 8.25));
  g_assert_true (tafel_summary_is_outlier (&summary, 8.24));
  g_assert_true (tafel_summary_is_outlier (&summary, -1000.0));
  g_assert_true (tafel_summary_is_outlier (&summary, INFINITY));
  g_assert_true (tafel_summary_is_outlier (&summary, -INFINITY));
  g_assert_false (tafel_summary_is_outlier (&summary, NAN));
}

static void
test_outlier_low_value (void)
{
  /* n = 6, {1, 50, 52, 53, 55, 56}: h = 5 p.
   *   q1: h = 1.25 → 50 + 0.25 × 2 = 50.5
   *   q3: h = 3.75 → 53 + 0.75 × 2 = 54.5
   *   IQR = 4, 1.5 IQR = 6: fences 44.5 and 60.5. Only 1 lies outside. */
  const double values[] = { 55.0, 1.0, 52.0, 56.0, 50.0, 53.0 };
  TafelSummary summary;

  tafel_summary_compute (values, G_N_ELEMENTS (values), &summary);
  g_assert_cmpfloat_with_epsilon (summary.q1, 50.5, EPSILON);
  g_assert_cmpfloat_with_epsilon (summary.q3, 54.5, EPSILON);

  g_assert_true (tafel_summary_is_outlier (&summary, 1.0));
  g_assert_false (tafel_summary_is_outlier (&summary, 50.0));
  g_assert_false (tafel_summary_is_outlier (&summary, 56.0));
  g_assert_false (tafel_summary_is_outlier (&summary, 44.5));
  g_assert_true (tafel_summary_is_outlier (&summary, 44.0));
  g_assert_false (tafel_summary_is_outlier (&summary, 60.5));
  g_assert_true (tafel_summary_is_outlier (&summary, 61.0));
}

static void
test_outlier_four_values (void)
{
  /* n = 4 is enough: {1, 2, 3, 100}, h = 3 p.
   *   q1: h = 0.75 → 1 + 0.75 × 1   = 1.75
   *   q3: h = 2.25 → 3 + 0.25 × 97  = 27.25
   *   IQR = 25.5, 1.5 IQR = 38.25: fences -36.5 and 65.5. 100 lies outside. */
  const double values[] = { 100.0, 3.0, 1.0, 2.0 };
  TafelSummary summary;

  tafel_summary_compute (values, G_N_ELEMENTS (values), &summary);
  g_assert_cmpfloat_with_epsilon (summary.q1, 1.75, EPSILON);
  g_assert_cmpfloat_with_epsilon (summary.q3, 27.25, EPSILON);
  g_assert_true (tafel_summary_is_outlier (&summary, 100.0));
  g_assert_false (tafel_summary_is_outlier (&summary, 3.0));
  g_assert_false (tafel_summary_is_outlier (&summary, 65.5));
  g_assert_true (tafel_summary_is_outlier (&summary, 65.6));
}

static void
test_outlier_too_few (void)
{
  /* n < 4 never flags anything, however far: {1, 2, 100} (n 3), and
   * {1, 2, 100, NAN} where the NAN does not count, and n 0, 1, 2. */
  const double three[] = { 1.0, 2.0, 100.0 };
  const double three_and_nan[] = { 1.0, NAN, 2.0, 100.0 };
  const double two[] = { 1.0, 2.0 };
  const double one[] = { 1.0 };
  TafelSummary summary;

  tafel_summary_compute (three, G_N_ELEMENTS (three), &summary);
  g_assert_false (tafel_summary_is_outlier (&summary, 100.0));
  g_assert_false (tafel_summary_is_outlier (&summary, 1e9));
  g_assert_false (tafel_summary_is_outlier (&summary, -1e9));

  tafel_summary_compute (three_and_nan, G_N_ELEMENTS (three_and_nan), &summary);
  g_assert_cmpuint (summary.n, ==, 3);
  g_assert_false (tafel_summary_is_outlier (&summary, 100.0));
  g_assert_false (tafel_summary_is_outlier (&summary, 1e9));

  tafel_summary_compute (two, G_N_ELEMENTS (two), &summary);
  g_assert_false (tafel_summary_is_outlier (&summary, 1e9));

  tafel_summary_compute (one, G_N_ELEMENTS (one), &summary);
  g_assert_false (tafel_summary_is_outlier (&summary, 1e9));

  tafel_summary_compute (NULL, 0, &summary);
  g_assert_false (tafel_summary_is_outlier (&summary, 1e9));
  g_assert_false (tafel_summary_is_outlier (&summary, NAN));
}

static void
test_outlier_no_spread (void)
{
  /* {5, 5, 5, 5, 5}: IQR 0, both fences at 5. Anything else lies outside. */
  const double values[] = { 5.0, 5.0, 5.0, 5.0, 5.0 };
  TafelSummary summary;

  tafel_summary_compute (values, G_N_ELEMENTS (values), &summary);
  g_assert_false (tafel_summary_is_outlier (&summary, 5.0));
  g_assert_true (tafel_summary_is_outlier (&summary, 5.001));
  g_assert_true (tafel_summary_is_outlier (&summary, 4.999));
}

static void
test_outlier_programming_errors (void)
{
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*summary != NULL*");
  g_assert_false (tafel_summary_is_outlier (NULL, 1.0));
  g_test_assert_expected_messages ();
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stats/summary/empty", test_summary_empty);
  g_test_add_func ("/stats/summary/one", test_summary_one);
  g_test_add_func ("/stats/summary/two", test_summary_two);
  g_test_add_func ("/stats/summary/three", test_summary_three);
  g_test_add_func ("/stats/summary/odd", test_summary_odd);
  g_test_add_func ("/stats/summary/even", test_summary_even);
  g_test_add_func ("/stats/summary/ties", test_summary_ties);
  g_test_add_func ("/stats/summary/unsorted", test_summary_unsorted);
  g_test_add_func ("/stats/summary/negative", test_summary_negative);
  g_test_add_func ("/stats/summary/nan-skipped", test_summary_nan_skipped);
  g_test_add_func ("/stats/summary/fractions", test_summary_fractions);
  g_test_add_func ("/stats/summary/programming-errors", test_summary_programming_errors);
  g_test_add_func ("/stats/quantile/cases", test_quantile);
  g_test_add_func ("/stats/quantile/programming-errors", test_quantile_programming_errors);
  g_test_add_func ("/stats/outlier/far-value", test_outlier_far_value);
  g_test_add_func ("/stats/outlier/low-value", test_outlier_low_value);
  g_test_add_func ("/stats/outlier/four-values", test_outlier_four_values);
  g_test_add_func ("/stats/outlier/too-few", test_outlier_too_few);
  g_test_add_func ("/stats/outlier/no-spread", test_outlier_no_spread);
  g_test_add_func ("/stats/outlier/programming-errors", test_outlier_programming_errors);

  return g_test_run ();
}
