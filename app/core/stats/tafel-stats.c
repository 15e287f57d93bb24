/* tafel-stats.c: summary statistics for the spread of providers' proposals */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "tafel-stats.h"

/* Tukey's factor for the fences. */
#define TUKEY_K 1.5

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

double
tafel_quantile_sorted (const double *sorted,
                       guint         n,
                       double        p)
{
  double h;
  double below;
  guint lo;

  g_return_val_if_fail (p >= 0.0 && p <= 1.0, NAN);
  g_return_val_if_fail (sorted != NULL || n == 0, NAN);

  if (n == 0)
    return NAN;

  h = (n - 1) * p;
  below = floor (h);
  lo = (guint) below;
  if (lo >= n - 1)
    return sorted[n - 1];
  if (h == below)
    return sorted[lo];

  return sorted[lo] + (h - below) * (sorted[lo + 1] - sorted[lo]);
}

void
tafel_summary_compute (const double *values,
                       guint         n,
                       TafelSummary *out)
{
  g_autofree double *sorted = NULL;
  double sum = 0.0;
  guint count = 0;

  g_return_if_fail (out != NULL);

  out->n = 0;
  out->min = out->q1 = out->median = out->q3 = out->max = out->mean = NAN;

  g_return_if_fail (values != NULL || n == 0);

  if (n == 0)
    return;

  sorted = g_new (double, n);
  for (guint i = 0; i < n; i++)
    {
      if (isnan (values[i]))
        continue;
      sorted[count++] = values[i];
      sum += values[i];
    }
  if (count == 0)
    return;

  qsort (sorted, count, sizeof (double), compare_doubles);

  out->n = count;
  out->min = sorted[0];
  out->max = sorted[count - 1];
  out->q1 = tafel_quantile_sorted (sorted, count, 0.25);
  out->median = tafel_quantile_sorted (sorted, count, 0.5);
  out->q3 = tafel_quantile_sorted (sorted, count, 0.75);
  out->mean = CLAMP (sum / count, out->min, out->max);
}

gboolean
tafel_summary_is_outlier (const TafelSummary *summary,
                          double              value)
{
  double iqr;

  g_return_val_if_fail (summary != NULL, FALSE);

  if (summary->n < 4 || isnan (value))
    return FALSE;

  iqr = summary->q3 - summary->q1;
  return value < summary->q1 - TUKEY_K * iqr || value > summary->q3 + TUKEY_K * iqr;
}
