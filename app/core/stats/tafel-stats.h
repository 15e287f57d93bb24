/* tafel-stats.h: summary statistics for the spread of providers' proposals
 *
 * Quartiles use linear interpolation between closest ranks, exactly as
 * Excel's QUARTILE.INC (and PERCENTILE.INC, MEDIAN) and R's quantile()
 * type 7, so that procurement staff can check every figure in Excel: for n
 * sorted values x[0] … x[n-1] and 0 <= p <= 1,
 *
 *   h = (n - 1) p
 *   Q(p) = x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h])
 *
 * Example: {2, 4, 4, 5, 7, 9} gives q1 = 4, median = 4.5, q3 = 6.5, as
 * =QUARTILE.INC(A1:A6; 1), 2 and 3 do.
 *
 * Values are meant to be finite; NAN stands for "no value" and is skipped.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  guint  n;                                /* values counted (NAN skipped) */
  double min, q1, median, q3, max, mean;   /* NAN when n == 0 */
} TafelSummary;

/* Fills @out from @n @values (need not be sorted; NAN entries are skipped
 * and not counted). @values may be NULL when @n is 0. The mean is that of
 * Excel's AVERAGE, kept within [min, max] against rounding. */
void     tafel_summary_compute    (const double       *values,
                                   guint               n,
                                   TafelSummary       *out);

/* The p-quantile (see above) of @n values sorted ascending, without NAN;
 * NAN when @n is 0. 0 <= @p <= 1, else a critical and NAN. */
double   tafel_quantile_sorted    (const double       *sorted,
                                   guint               n,
                                   double              p);

/* Whether @value lies outside Tukey's fences: below q1 - 1.5 IQR or above
 * q3 + 1.5 IQR (IQR = q3 - q1; a value on a fence is not an outlier).
 * Always FALSE when fewer than four values were counted, and for NAN. */
gboolean tafel_summary_is_outlier (const TafelSummary *summary,
                                   double              value);

G_END_DECLS
