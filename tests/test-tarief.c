/* test-tarief.c: the cost price of a deelproduct
 *
 * A worked example computed by hand (every intermediate number is written
 * out below), the group price and trajectory prices built on it, every
 * refusal of tafel_tarief_check() and tafel_tarief_groep_check() with its
 * message, the explanation for the room, Dutch number display and the
 * programming errors the computing functions guard against.
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "tafel-error.h"
#include "tafel-tarief.h"
#include "tafel-test-util.h"

#define EPS 1e-6

/* ---- the worked example ------------------------------------------------
 *
 * Default parameters: vakantiegeld 8%, eindejaarsuitkering 8.3%, ORT 0%,
 * sociale lasten 30%, overige kosten € 0, overhead 20%, risico 2%,
 * indexatie 3.5%, 4 hours per dagdeel.
 *
 * Salary factor:  (1 + 0.08 + 0.083 + 0) × (1 + 0.30) = 1.163 × 1.30 = 1.5119
 *
 * Function 1, Jeugdzorgwerker HBO, € 30/h, productivity 0.75:
 *   salariskosten          = 30 × 1.5119       = 45.357
 *   per client-bound hour  = 45.357 / 0.75     = 60.476
 * Function 2, Gedragswetenschapper WO, € 40/h, productivity 0.60:
 *   salariskosten          = 40 × 1.5119       = 60.476
 *   per client-bound hour  = 60.476 / 0.60     = 100.7933333…
 *
 * Mix, direct time: 80% jeugdzorgwerker, 20% gedragswetenschapper
 *   line 1 = 0.80 × 60.476                     = 48.3808
 *   line 2 = 0.20 × 100.7933333…               = 20.1586666…
 *   direct cost per hour = 48.3808 + 20.1586666… = 68.5394666…
 * Mix, indirect time: 100% jeugdzorgwerker
 *   line 3 = 1.00 × 60.476                     = 60.476
 *   indirect cost per indirect hour            = 60.476
 * Indirect hours per direct hour: 0.25
 *   indirect cost per direct hour = 0.25 × 60.476 = 15.119
 * Other costs: 0
 *   subtotal = 68.5394666… + 15.119 + 0        = 83.6584666…
 *   overhead  = 0.20 × 83.6584666…             = 16.7316933…
 *     with overhead = 83.6584666… × 1.20       = 100.39016
 *   risico    = 0.02 × 100.39016               = 2.0078032
 *     with risico = 100.39016 × 1.02           = 102.3979632
 *   indexatie = 0.035 × 102.3979632            = 3.583928712
 *   uurprijs  = 102.3979632 × 1.035            = 105.981891912
 *   (check: 83.6584666… + 16.7316933… + 2.0078032 + 3.583928712
 *           = 105.981891912)
 *
 * Group (8 youths, occupancy 90%, 2 direct and 0.5 indirect staff): the
 * indirect staff is counted per group, so the hourly price is taken without
 * indirect time (indirect_per_direct = 0):
 *   subtotal = 68.5394666…
 *   × 1.20 = 82.24736;  × 1.02 = 83.8923072;  × 1.035 = 86.828537952
 *   per client = 86.828537952 × (2 + 0.5) / (8 × 0.90)
 *              = 217.07134488 / 7.2            = 30.1487979
 *
 * Trajectories at the uurprijs 105.981891912:
 *   3 hours per week for 26 weeks    = 3 × 26 = 78 hours
 *     price = 78 × 105.981891912            = 8266.587569136
 *   12 hours per month for 6 months  = 12 × 6 = 72 hours
 *     (the same as 12 / (52/12) = 2.769… hours per week for 26 weeks)
 *     price = 72 × 105.981891912            = 7630.696217664
 *   2 dagdelen per week for 3 months = 2 × 4 hours × 3 × 52/12 weeks
 *                                    = 8 × 13 = 104 hours
 *     price = 104 × 105.981891912           = 11022.116758848
 */

static const TafelTariefFunctie example_functies[] = {
  { "Jeugdzorgwerker HBO", 30.0, 0.75 },
  { "Gedragswetenschapper WO", 40.0, 0.60 },
};

static const TafelTariefMixRegel example_mix[] = {
  { 0, 0.80, TAFEL_TIJD_DIRECT },
  { 1, 0.20, TAFEL_TIJD_DIRECT },
  { 0, 1.00, TAFEL_TIJD_INDIRECT },
};

#define N_EXAMPLE_FUNCTIES G_N_ELEMENTS (example_functies)
#define N_EXAMPLE_MIX G_N_ELEMENTS (example_mix)

#define EXAMPLE_DIRECT       (48.3808 + 0.2 * 40.0 * 1.5119 / 0.60)
#define EXAMPLE_UURPRIJS     105.981891912

static void
assert_example_ok (const TafelTariefParameters *p)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tafel_tarief_check (p, example_functies, N_EXAMPLE_FUNCTIES,
                                     example_mix, N_EXAMPLE_MIX, &error));
  g_assert_no_error (error);
}

static void
test_defaults (void)
{
  TafelTariefParameters p;

  memset (&p, 0xff, sizeof p);
  tafel_tarief_parameters_init_default (&p);

  g_assert_cmpfloat_with_epsilon (p.vakantiegeld, 0.08, EPS);
  g_assert_cmpfloat_with_epsilon (p.eindejaarsuitkering, 0.083, EPS);
  g_assert_cmpfloat_with_epsilon (p.ort, 0.0, EPS);
  g_assert_cmpfloat_with_epsilon (p.sociale_lasten, 0.30, EPS);
  g_assert_cmpfloat_with_epsilon (p.overige_kosten_per_uur, 0.0, EPS);
  g_assert_cmpfloat_with_epsilon (p.overhead, 0.20, EPS);
  g_assert_cmpfloat_with_epsilon (p.risico, 0.02, EPS);
  g_assert_cmpfloat_with_epsilon (p.indexatie, 0.035, EPS);
  g_assert_cmpfloat_with_epsilon (p.uren_per_dagdeel, 4.0, EPS);

  assert_example_ok (&p);
}

static void
test_worked_example (void)
{
  TafelTariefParameters p;

  tafel_tarief_parameters_init_default (&p);
  assert_example_ok (&p);

  g_assert_cmpfloat_with_epsilon (tafel_tarief_salariskosten (&p, &example_functies[0]), 45.357, EPS);
  g_assert_cmpfloat_with_epsilon (tafel_tarief_salariskosten (&p, &example_functies[1]), 60.476, EPS);

  g_assert_cmpfloat_with_epsilon (tafel_tarief_kosten_per_uur (&p, example_functies, N_EXAMPLE_FUNCTIES,
                                                               example_mix, N_EXAMPLE_MIX,
                                                               TAFEL_TIJD_DIRECT),
                                  68.5394666666667, EPS);
  g_assert_cmpfloat_with_epsilon (tafel_tarief_kosten_per_uur (&p, example_functies, N_EXAMPLE_FUNCTIES,
                                                               example_mix, N_EXAMPLE_MIX,
                                                               TAFEL_TIJD_INDIRECT),
                                  60.476, EPS);
  g_assert_cmpfloat_with_epsilon (EXAMPLE_DIRECT, 68.5394666666667, EPS);

  g_assert_cmpfloat_with_epsilon (tafel_tarief_uurprijs (&p, example_functies, N_EXAMPLE_FUNCTIES,
                                                         example_mix, N_EXAMPLE_MIX, 0.25),
                                  EXAMPLE_UURPRIJS, EPS);

  /* without indirect hours the indirect lines cost nothing:
   * 68.5394666… × 1.2 × 1.02 × 1.035 = 86.828537952 */
  g_assert_cmpfloat_with_epsilon (tafel_tarief_uurprijs (&p, example_functies, N_EXAMPLE_FUNCTIES,
                                                         example_mix, N_EXAMPLE_MIX, 0.0),
                                  86.828537952, EPS);

  /* other costs of € 5 per direct hour: 1.2 × 1.02 × 1.035 = 1.26684, so
   * (83.6584666… + 5) × 1.26684 = 105.981891912 + 5 × 1.26684
   * = 105.981891912 + 6.3342 = 112.316091912 */
  p.overige_kosten_per_uur = 5.0;
  g_assert_cmpfloat_with_epsilon (tafel_tarief_uurprijs (&p, example_functies, N_EXAMPLE_FUNCTIES,
                                                         example_mix, N_EXAMPLE_MIX, 0.25),
                                  112.316091912, EPS);
}

/* A mix with direct lines only: the indirect cost is 0 whatever the ratio
 * of indirect hours, and the check accepts it. One function, € 30, 75%:
 * 60.476 × 1.26684 = 76.61341584 (1.2 × 1.02 × 1.035 = 1.26684) */
static void
test_no_indirect_lines (void)
{
  static const TafelTariefMixRegel mix[] = {
    { 0, 1.0, TAFEL_TIJD_DIRECT },
  };
  TafelTariefParameters p;
  g_autoptr(GError) error = NULL;

  tafel_tarief_parameters_init_default (&p);
  g_assert_true (tafel_tarief_check (&p, example_functies, 1, mix, 1, &error));
  g_assert_no_error (error);

  g_assert_cmpfloat_with_epsilon (tafel_tarief_kosten_per_uur (&p, example_functies, 1, mix, 1,
                                                               TAFEL_TIJD_INDIRECT),
                                  0.0, EPS);
  g_assert_cmpfloat_with_epsilon (tafel_tarief_uurprijs (&p, example_functies, 1, mix, 1, 0.25),
                                  76.61341584, EPS);
  g_assert_cmpfloat_with_epsilon (tafel_tarief_uurprijs (&p, example_functies, 1, mix, 1, 0.25),
                                  tafel_tarief_uurprijs (&p, example_functies, 1, mix, 1, 0.0), EPS);
}

static void
test_group (void)
{
  TafelTariefParameters p;
  TafelTariefGroep g = { 8.0, 0.90, 2.0, 0.5 };
  g_autoptr(GError) error = NULL;
  double uurprijs;

  tafel_tarief_parameters_init_default (&p);
  g_assert_true (tafel_tarief_groep_check (&g, &error));
  g_assert_no_error (error);

  uurprijs = tafel_tarief_uurprijs (&p, example_functies, N_EXAMPLE_FUNCTIES,
                                    example_mix, N_EXAMPLE_MIX, 0.0);
  g_assert_cmpfloat_with_epsilon (uurprijs, 86.828537952, EPS);
  g_assert_cmpfloat_with_epsilon (tafel_tarief_groep_per_client (uurprijs, &g), 30.1487979, EPS);

  /* a full group of 10 with one staff member: 86.828537952 / 10 */
  g = (TafelTariefGroep) { 10.0, 1.0, 1.0, 0.0 };
  g_assert_true (tafel_tarief_groep_check (&g, NULL));
  g_assert_cmpfloat_with_epsilon (tafel_tarief_groep_per_client (uurprijs, &g), 8.6828537952, EPS);

  /* indirect staff only is still staff */
  g = (TafelTariefGroep) { 4.0, 0.5, 0.0, 1.0 };
  g_assert_true (tafel_tarief_groep_check (&g, NULL));
  g_assert_cmpfloat_with_epsilon (tafel_tarief_groep_per_client (100.0, &g), 50.0, EPS);
}

static void
test_traject (void)
{
  TafelTariefParameters p;
  double uurprijs, uren;

  tafel_tarief_parameters_init_default (&p);
  uurprijs = tafel_tarief_uurprijs (&p, example_functies, N_EXAMPLE_FUNCTIES,
                                    example_mix, N_EXAMPLE_MIX, 0.25);
  g_assert_cmpfloat_with_epsilon (uurprijs, EXAMPLE_UURPRIJS, EPS);

  /* 3 hours per week for 26 weeks */
  uren = tafel_tarief_uren_traject (&p, 3.0, TAFEL_EENHEID_UREN_PER_WEEK, 26.0, TAFEL_DUUR_WEKEN);
  g_assert_cmpfloat_with_epsilon (uren, 78.0, EPS);
  g_assert_cmpfloat_with_epsilon (tafel_tarief_traject_prijs (uurprijs, uren), 8266.587569136, EPS);

  /* 12 hours per month for 6 months */
  uren = tafel_tarief_uren_traject (&p, 12.0, TAFEL_EENHEID_UREN_PER_MAAND, 6.0, TAFEL_DUUR_MAANDEN);
  g_assert_cmpfloat_with_epsilon (uren, 72.0, EPS);
  g_assert_cmpfloat_with_epsilon (tafel_tarief_traject_prijs (uurprijs, uren), 7630.696217664, EPS);

  /* 2 dagdelen per week for 3 months: 2 × 4 × 13 */
  uren = tafel_tarief_uren_traject (&p, 2.0, TAFEL_EENHEID_DAGDELEN_PER_WEEK, 3.0, TAFEL_DUUR_MAANDEN);
  g_assert_cmpfloat_with_epsilon (uren, 104.0, EPS);
  g_assert_cmpfloat_with_epsilon (tafel_tarief_traject_prijs (uurprijs, uren), 11022.116758848, EPS);

  /* the conversions agree with each other: 6 months are 26 weeks */
  g_assert_cmpfloat_with_epsilon (tafel_tarief_uren_traject (&p, 3.0, TAFEL_EENHEID_UREN_PER_WEEK,
                                                             6.0, TAFEL_DUUR_MAANDEN),
                                  78.0, EPS);
  /* 12 hours per month for 26 weeks (6 months) */
  g_assert_cmpfloat_with_epsilon (tafel_tarief_uren_traject (&p, 12.0, TAFEL_EENHEID_UREN_PER_MAAND,
                                                             26.0, TAFEL_DUUR_WEKEN),
                                  72.0, EPS);
  /* 2 dagdelen per week for 13 weeks, with dagdelen of 3.5 hours: 91 */
  p.uren_per_dagdeel = 3.5;
  g_assert_cmpfloat_with_epsilon (tafel_tarief_uren_traject (&p, 2.0, TAFEL_EENHEID_DAGDELEN_PER_WEEK,
                                                             13.0, TAFEL_DUUR_WEKEN),
                                  91.0, EPS);
  /* nothing for nothing */
  g_assert_cmpfloat_with_epsilon (tafel_tarief_uren_traject (&p, 0.0, TAFEL_EENHEID_UREN_PER_WEEK,
                                                             26.0, TAFEL_DUUR_WEKEN),
                                  0.0, EPS);
  g_assert_cmpfloat_with_epsilon (tafel_tarief_traject_prijs (uurprijs, 0.0), 0.0, EPS);
}

/* ---- refusals ------------------------------------------------------------ */

static void
assert_refused (gboolean    ok,
                GError     *error,
                const char *expected)
{
  g_assert_false (ok);
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_test_message ("refused: %s", error->message);
  g_assert_cmpstr (error->message, ==, expected);
}

/* Runs the check on the example with @p and expects @expected. */
static void
check_parameters_refused (const TafelTariefParameters *p,
                          const char                  *expected)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = tafel_tarief_check (p, example_functies, N_EXAMPLE_FUNCTIES,
                           example_mix, N_EXAMPLE_MIX, &error);
  assert_refused (ok, error, expected);

  /* without a GError it still says no */
  g_assert_false (tafel_tarief_check (p, example_functies, N_EXAMPLE_FUNCTIES,
                                      example_mix, N_EXAMPLE_MIX, NULL));
}

static void
test_check_parameters (void)
{
  TafelTariefParameters p;
  struct {
    gsize       offset;
    const char *name;
    double      max;      /* highest allowed fraction */
  } fractions[] = {
    { G_STRUCT_OFFSET (TafelTariefParameters, vakantiegeld), "the holiday pay", 1.0 },
    { G_STRUCT_OFFSET (TafelTariefParameters, eindejaarsuitkering), "the year-end bonus", 1.0 },
    { G_STRUCT_OFFSET (TafelTariefParameters, ort), "the irregular-hours surcharge (ORT)", 1.0 },
    { G_STRUCT_OFFSET (TafelTariefParameters, sociale_lasten),
      "the percentage for social charges and pension", 1.0 },
    { G_STRUCT_OFFSET (TafelTariefParameters, overhead), "the overhead", 1.0 },
    { G_STRUCT_OFFSET (TafelTariefParameters, risico), "the surcharge for risk and innovation", 1.0 },
    { G_STRUCT_OFFSET (TafelTariefParameters, indexatie), "the indexation", 0.5 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fractions); i++)
    {
      double *field;
      g_autofree char *negative = NULL;
      g_autofree char *too_high = NULL;
      g_autofree char *not_a_number = NULL;

      negative = g_strdup_printf ("Tariff parameters: %s is -8%%; it must be between 0%% and %s%%.",
                                  fractions[i].name, fractions[i].max == 1.0 ? "100" : "50");
      too_high = g_strdup_printf ("Tariff parameters: %s is %s; it must be between 0%% and %s%%.",
                                  fractions[i].name,
                                  fractions[i].max == 1.0 ? "100,5%" : "50,1%",
                                  fractions[i].max == 1.0 ? "100" : "50");
      not_a_number = g_strdup_printf ("Tariff parameters: %s is not a number.", fractions[i].name);

      tafel_tarief_parameters_init_default (&p);
      field = G_STRUCT_MEMBER_P (&p, fractions[i].offset);

      *field = -0.08;
      check_parameters_refused (&p, negative);

      *field = fractions[i].max + (fractions[i].max == 1.0 ? 0.005 : 0.001);
      check_parameters_refused (&p, too_high);

      *field = NAN;
      check_parameters_refused (&p, not_a_number);

      /* the limits themselves are allowed */
      *field = 0.0;
      assert_example_ok (&p);
      *field = fractions[i].max;
      assert_example_ok (&p);
    }

  /* indexatie above 50% is absurd, even when it is not above 100% */
  tafel_tarief_parameters_init_default (&p);
  p.indexatie = 0.6;
  check_parameters_refused (&p, "Tariff parameters: the indexation is 60%; it must be between 0% and 50%.");

  tafel_tarief_parameters_init_default (&p);
  p.overige_kosten_per_uur = -2.5;
  check_parameters_refused (&p, "Tariff parameters: the amount for other client-bound costs per hour "
                                "is € -2,50; it cannot be negative.");
  p.overige_kosten_per_uur = NAN;
  check_parameters_refused (&p, "Tariff parameters: the amount for other client-bound costs per hour "
                                "is not a number.");
  p.overige_kosten_per_uur = INFINITY;
  check_parameters_refused (&p, "Tariff parameters: the amount for other client-bound costs per hour "
                                "is € ∞; that is too large.");
  p.overige_kosten_per_uur = 1234.5;
  assert_example_ok (&p);

  tafel_tarief_parameters_init_default (&p);
  p.uren_per_dagdeel = 0.0;
  check_parameters_refused (&p, "Tariff parameters: the number of hours per dagdeel is 0; "
                                "it must be more than 0 and at most 24.");
  p.uren_per_dagdeel = 24.5;
  check_parameters_refused (&p, "Tariff parameters: the number of hours per dagdeel is 24,5; "
                                "it must be more than 0 and at most 24.");
  p.uren_per_dagdeel = -4.0;
  check_parameters_refused (&p, "Tariff parameters: the number of hours per dagdeel is -4; "
                                "it must be more than 0 and at most 24.");
  p.uren_per_dagdeel = NAN;
  check_parameters_refused (&p, "Tariff parameters: the number of hours per dagdeel is not a number.");
  p.uren_per_dagdeel = 24.0;
  assert_example_ok (&p);

  /* the first problem is reported */
  tafel_tarief_parameters_init_default (&p);
  p.overhead = 2.0;
  p.vakantiegeld = -1.0;
  check_parameters_refused (&p, "Tariff parameters: the holiday pay is -100%; "
                                "it must be between 0% and 100%.");
}

static void
check_functies_refused (const TafelTariefFunctie *functies,
                        const char               *expected)
{
  TafelTariefParameters p;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  tafel_tarief_parameters_init_default (&p);
  ok = tafel_tarief_check (&p, functies, 2, example_mix, N_EXAMPLE_MIX, &error);
  assert_refused (ok, error, expected);
}

static void
test_check_functies (void)
{
  TafelTariefFunctie f[2];

  memcpy (f, example_functies, sizeof f);
  f[1].uurloon = -40.0;
  check_functies_refused (f, "Function 2 (Gedragswetenschapper WO): the hourly wage is € -40,00; "
                             "it cannot be negative.");
  f[1].uurloon = NAN;
  check_functies_refused (f, "Function 2 (Gedragswetenschapper WO): the hourly wage is not a number.");

  memcpy (f, example_functies, sizeof f);
  f[0].productiviteit = 0.0;
  check_functies_refused (f, "Function 1 (Jeugdzorgwerker HBO): the productivity is 0%; "
                             "it must be more than 0% and at most 100%.");
  f[0].productiviteit = 1.2;
  check_functies_refused (f, "Function 1 (Jeugdzorgwerker HBO): the productivity is 120%; "
                             "it must be more than 0% and at most 100%.");
  f[0].productiviteit = -0.5;
  check_functies_refused (f, "Function 1 (Jeugdzorgwerker HBO): the productivity is -50%; "
                             "it must be more than 0% and at most 100%.");
  f[0].productiviteit = NAN;
  check_functies_refused (f, "Function 1 (Jeugdzorgwerker HBO): the productivity is not a number.");

  /* without a name the function is known by its number */
  f[0].name = NULL;
  f[0].productiviteit = 0.0;
  check_functies_refused (f, "Function 1: the productivity is 0%; it must be more than 0% and at most 100%.");
  f[0].name = "";
  check_functies_refused (f, "Function 1: the productivity is 0%; it must be more than 0% and at most 100%.");

  /* a wage of 0 and a productivity of 100% are fine */
  memcpy (f, example_functies, sizeof f);
  f[0].uurloon = 0.0;
  f[1].productiviteit = 1.0;
  {
    TafelTariefParameters p;

    tafel_tarief_parameters_init_default (&p);
    g_assert_true (tafel_tarief_check (&p, f, 2, example_mix, N_EXAMPLE_MIX, NULL));
  }
}

static void
check_mix_refused (const TafelTariefMixRegel *mix,
                   guint                      n_mix,
                   guint                      n_functies,
                   const char                *expected)
{
  TafelTariefParameters p;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  tafel_tarief_parameters_init_default (&p);
  ok = tafel_tarief_check (&p, n_functies > 0 ? example_functies : NULL, n_functies,
                           mix, n_mix, &error);
  assert_refused (ok, error, expected);
}

static gboolean
mix_ok (const TafelTariefMixRegel *mix,
        guint                      n_mix)
{
  TafelTariefParameters p;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  tafel_tarief_parameters_init_default (&p);
  ok = tafel_tarief_check (&p, example_functies, N_EXAMPLE_FUNCTIES, mix, n_mix, &error);
  g_assert_true (ok == (error == NULL));
  return ok;
}

static void
test_check_mix (void)
{
  TafelTariefMixRegel mix[3];

  /* a line pointing past the functions */
  memcpy (mix, example_mix, sizeof mix);
  mix[1].functie = 2;
  check_mix_refused (mix, 3, 2, "Functiemix, line 2: function 3 does not exist; there are only 2 functions.");
  check_mix_refused (mix, 3, 1, "Functiemix, line 2: function 3 does not exist; there is only 1 function.");
  mix[1].functie = G_MAXUINT - 1;
  check_mix_refused (mix, 3, 2, "Functiemix, line 2: function 4294967295 does not exist; "
                                "there are only 2 functions.");
  memcpy (mix, example_mix, sizeof mix);
  check_mix_refused (mix, 3, 0, "Functiemix, line 1: function 1 does not exist; there are no functions.");

  /* shares outside 0..100% */
  memcpy (mix, example_mix, sizeof mix);
  mix[2].aandeel = 1.5;
  check_mix_refused (mix, 3, 2, "Functiemix, line 3: the share is 150%; it must be between 0% and 100%.");
  mix[2].aandeel = -0.2;
  check_mix_refused (mix, 3, 2, "Functiemix, line 3: the share is -20%; it must be between 0% and 100%.");
  mix[2].aandeel = NAN;
  check_mix_refused (mix, 3, 2, "Functiemix, line 3: the share is not a number.");

  /* no direct lines at all */
  check_mix_refused (NULL, 0, 2, "Functiemix: there is no line with direct time; "
                                 "add the function that works with the client.");
  check_mix_refused (&example_mix[2], 1, 2, "Functiemix: there is no line with direct time; "
                                            "add the function that works with the client.");

  /* shares of direct time that do not add up */
  memcpy (mix, example_mix, sizeof mix);
  mix[1].aandeel = 0.1;
  check_mix_refused (mix, 3, 2, "Functiemix: the shares of direct time add up to 90%, not 100%.");
  mix[1].aandeel = 0.25;
  check_mix_refused (mix, 3, 2, "Functiemix: the shares of direct time add up to 105%, not 100%.");
  mix[1].aandeel = 0.0;
  mix[0].aandeel = 0.0;
  check_mix_refused (mix, 3, 2, "Functiemix: the shares of direct time add up to 0%, not 100%.");

  /* shares of indirect time that do not add up */
  memcpy (mix, example_mix, sizeof mix);
  mix[2].aandeel = 0.95;
  check_mix_refused (mix, 3, 2, "Functiemix: the shares of indirect time add up to 95%, not 100%.");
  mix[2].aandeel = 0.0;
  check_mix_refused (mix, 3, 2, "Functiemix: the shares of indirect time add up to 0%, not 100%.");

  /* within half a percent is fine (rounded shares such as 33.3% × 3) */
  memcpy (mix, example_mix, sizeof mix);
  mix[0].aandeel = 0.796;
  g_assert_true (mix_ok (mix, 3));
  mix[0].aandeel = 0.804;
  g_assert_true (mix_ok (mix, 3));
  mix[0].aandeel = 0.794;
  check_mix_refused (mix, 3, 2, "Functiemix: the shares of direct time add up to 99,4%, not 100%.");
  mix[0].aandeel = 0.806;
  check_mix_refused (mix, 3, 2, "Functiemix: the shares of direct time add up to 100,6%, not 100%.");
  {
    const TafelTariefMixRegel thirds[] = {
      { 0, 0.333, TAFEL_TIJD_DIRECT },
      { 1, 0.333, TAFEL_TIJD_DIRECT },
      { 0, 0.333, TAFEL_TIJD_DIRECT },
    };

    g_assert_true (mix_ok (thirds, 3));
  }

  /* a direct line alone, no indirect time */
  g_assert_true (mix_ok (&(TafelTariefMixRegel) { 1, 1.0, TAFEL_TIJD_DIRECT }, 1));
}

static void
check_groep_refused (const TafelTariefGroep *g,
                     const char             *expected)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = tafel_tarief_groep_check (g, &error);
  assert_refused (ok, error, expected);
}

static void
test_check_group (void)
{
  TafelTariefGroep g = { 8.0, 0.9, 2.0, 0.5 };

  g.jeugdigen_per_groep = 0.0;
  check_groep_refused (&g, "Group: the group size is 0; it must be more than 0.");
  g.jeugdigen_per_groep = -3.0;
  check_groep_refused (&g, "Group: the group size is -3; it must be more than 0.");
  g.jeugdigen_per_groep = NAN;
  check_groep_refused (&g, "Group: the group size is not a number.");
  g.jeugdigen_per_groep = INFINITY;
  check_groep_refused (&g, "Group: the group size is ∞; that is too large.");

  g = (TafelTariefGroep) { 8.0, 0.0, 2.0, 0.5 };
  check_groep_refused (&g, "Group: the occupancy is 0%; it must be more than 0% and at most 100%.");
  g.bezetting = 1.1;
  check_groep_refused (&g, "Group: the occupancy is 110%; it must be more than 0% and at most 100%.");

  g = (TafelTariefGroep) { 8.0, 0.9, -1.0, 0.5 };
  check_groep_refused (&g, "Group: the number of direct staff per group is -1; it cannot be negative.");
  g = (TafelTariefGroep) { 8.0, 0.9, 2.0, -0.25 };
  check_groep_refused (&g, "Group: the number of indirect staff per group is -0,25; it cannot be negative.");
  g = (TafelTariefGroep) { 8.0, 0.9, 0.0, 0.0 };
  check_groep_refused (&g, "Group: the group has no staff.");
}

/* ---- the explanation ----------------------------------------------------- */

static const TafelTariefStap *
stap (GPtrArray *steps,
      guint      i)
{
  g_assert_cmpuint (i, <, steps->len);
  return g_ptr_array_index (steps, i);
}

static void
assert_stap (GPtrArray  *steps,
             guint       i,
             const char *label,
             const char *formula,
             double      value)
{
  const TafelTariefStap *s = stap (steps, i);

  g_assert_cmpstr (s->label, ==, label);
  g_assert_cmpstr (s->formula, ==, formula);
  g_assert_cmpfloat_with_epsilon (s->value, value, EPS);
}

static void
test_explain (void)
{
  TafelTariefParameters p;
  g_autoptr(GPtrArray) steps = NULL;
  double uurprijs;

  tafel_tarief_parameters_init_default (&p);
  uurprijs = tafel_tarief_uurprijs (&p, example_functies, N_EXAMPLE_FUNCTIES,
                                    example_mix, N_EXAMPLE_MIX, 0.25);
  steps = tafel_tarief_explain (&p, example_functies, N_EXAMPLE_FUNCTIES,
                                example_mix, N_EXAMPLE_MIX, 0.25);
  g_assert_nonnull (steps);

  for (guint i = 0; i < steps->len; i++)
    g_test_message ("%-45s %-45s %.6f", stap (steps, i)->label, stap (steps, i)->formula,
                    stap (steps, i)->value);

  /* 2 functions + 3 lines + 9 summary steps */
  g_assert_cmpuint (steps->len, ==, N_EXAMPLE_FUNCTIES + N_EXAMPLE_MIX + 9);

  assert_stap (steps, 0, "Salary cost per hour, Jeugdzorgwerker HBO",
               "€ 30,00 × (1 + 8% + 8,3% + 0%) × (1 + 30%)", 45.357);
  assert_stap (steps, 1, "Salary cost per hour, Gedragswetenschapper WO",
               "€ 40,00 × (1 + 8% + 8,3% + 0%) × (1 + 30%)", 60.476);
  assert_stap (steps, 2, "Direct time, Jeugdzorgwerker HBO", "80% × € 45,36 ÷ 75%", 48.3808);
  assert_stap (steps, 3, "Direct time, Gedragswetenschapper WO", "20% × € 60,48 ÷ 60%", 20.1586666667);
  assert_stap (steps, 4, "Indirect time, Jeugdzorgwerker HBO", "100% × € 45,36 ÷ 75%", 60.476);
  assert_stap (steps, 5, "Staff cost per direct hour", "€ 48,38 + € 20,16", 68.5394666667);
  assert_stap (steps, 6, "Staff cost per indirect hour", "€ 60,48", 60.476);
  assert_stap (steps, 7, "Indirect staff cost per direct hour", "0,25 indirect hours × € 60,48", 15.119);
  assert_stap (steps, 8, "Other client-bound costs per direct hour", "from the tariff parameters", 0.0);
  assert_stap (steps, 9, "Subtotal", "€ 68,54 + € 15,12 + € 0,00", 83.6584666667);
  assert_stap (steps, 10, "Overhead", "20% × € 83,66", 16.7316933333);
  assert_stap (steps, 11, "Risk and innovation", "2% × € 100,39", 2.0078032);
  assert_stap (steps, 12, "Indexation", "3,5% × € 102,40", 3.583928712);
  assert_stap (steps, 13, "Price per direct hour", "€ 83,66 + € 16,73 + € 2,01 + € 3,58",
               EXAMPLE_UURPRIJS);

  /* the last step is the price itself */
  g_assert_cmpfloat_with_epsilon (stap (steps, steps->len - 1)->value, uurprijs, 1e-9);

  /* the amounts add up to the price */
  g_assert_cmpfloat_with_epsilon (stap (steps, 9)->value + stap (steps, 10)->value
                                  + stap (steps, 11)->value + stap (steps, 12)->value,
                                  uurprijs, 1e-9);
}

static void
test_explain_no_indirect (void)
{
  const TafelTariefFunctie functies[] = {
    { NULL, 1234.5, 1.0 },
  };
  const TafelTariefMixRegel mix[] = {
    { 0, 1.0, TAFEL_TIJD_DIRECT },
  };
  TafelTariefParameters p;
  g_autoptr(GPtrArray) steps = NULL;

  tafel_tarief_parameters_init_default (&p);
  p.ort = 0.02;
  p.overige_kosten_per_uur = 2.5;
  steps = tafel_tarief_explain (&p, functies, 1, mix, 1, 0.25);
  g_assert_nonnull (steps);
  g_assert_cmpuint (steps->len, ==, 1 + 1 + 9);

  /* 1234.5 × 1.183 × 1.3 = 1898.53755 */
  assert_stap (steps, 0, "Salary cost per hour, function 1",
               "€ 1.234,50 × (1 + 8% + 8,3% + 2%) × (1 + 30%)", 1898.53755);
  assert_stap (steps, 1, "Direct time, function 1", "100% × € 1.898,54 ÷ 100%", 1898.53755);
  assert_stap (steps, 3, "Staff cost per indirect hour", "no indirect time in the functiemix", 0.0);
  assert_stap (steps, 4, "Indirect staff cost per direct hour", "0,25 indirect hours × € 0,00", 0.0);
  assert_stap (steps, 5, "Other client-bound costs per direct hour", "from the tariff parameters", 2.5);
  /* 1898.53755 + 2.5 = 1901.03755; × 1.26684 = 2408.310409842 */
  assert_stap (steps, 6, "Subtotal", "€ 1.898,54 + € 0,00 + € 2,50", 1901.03755);
  g_assert_cmpfloat_with_epsilon (stap (steps, steps->len - 1)->value,
                                  tafel_tarief_uurprijs (&p, functies, 1, mix, 1, 0.25), 1e-9);
  g_assert_cmpfloat_with_epsilon (stap (steps, steps->len - 1)->value, 2408.310409842, EPS);
}

/* ---- Dutch numbers -------------------------------------------------------- */

static void
assert_formats (void)
{
  static const struct {
    double      value;
    const char *euro;
  } euros[] = {
    { 0.0, "€ 0,00" },
    { 0.004, "€ 0,00" },
    { -0.004, "€ 0,00" },
    { 1.5, "€ 1,50" },
    { 999.999, "€ 1.000,00" },
    { 1234.56, "€ 1.234,56" },
    { 123456.7, "€ 123.456,70" },
    { 1234567.891, "€ 1.234.567,89" },
    { -1234.5, "€ -1.234,50" },
  };
  static const struct {
    double      fraction;
    const char *percent;
  } percents[] = {
    { 0.0, "0%" },
    { 0.08, "8%" },
    { 0.083, "8,3%" },
    { 0.035, "3,5%" },
    { 0.12345, "12,35%" },
    { 1.0, "100%" },
    { 12.5, "1.250%" },
    { -0.2, "-20%" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (euros); i++)
    {
      g_autofree char *s = tafel_tarief_format_euro (euros[i].value);

      g_assert_cmpstr (s, ==, euros[i].euro);
    }
  for (guint i = 0; i < G_N_ELEMENTS (percents); i++)
    {
      g_autofree char *s = tafel_tarief_format_percent (percents[i].fraction);

      g_assert_cmpstr (s, ==, percents[i].percent);
    }
}

static void
test_format (void)
{
  assert_formats ();
}

/* Under a Dutch locale printf would write the comma itself: the numbers
 * must come out the same, not "€ 1,234,56" or "€ 1.234.56". When the
 * catalogue has the Dutch texts, messages and the explanation are Dutch. */
static void
test_dutch (void)
{
  TafelTariefParameters p;
  TafelTariefMixRegel mix[3];
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) steps = NULL;

  if (!tafel_test_use_dutch ())
    return;

  assert_formats ();

  if (g_strcmp0 (g_dgettext (GETTEXT_PACKAGE, "Tariff parameters"), "Tariff parameters") == 0)
    {
      g_test_message ("the catalogue has no Dutch for the tariff texts yet");
      tafel_test_use_english ();
      return;
    }

  tafel_tarief_parameters_init_default (&p);
  p.vakantiegeld = -0.08;
  g_assert_false (tafel_tarief_check (&p, example_functies, N_EXAMPLE_FUNCTIES,
                                      example_mix, N_EXAMPLE_MIX, &error));
  g_assert_cmpstr (error->message, ==,
                   "Tariefparameters: het vakantiegeld is -8%; dat moet tussen 0% en 100% liggen.");
  g_clear_error (&error);

  tafel_tarief_parameters_init_default (&p);
  memcpy (mix, example_mix, sizeof mix);
  mix[1].functie = 2;
  g_assert_false (tafel_tarief_check (&p, example_functies, 1, mix, 3, &error));
  g_assert_cmpstr (error->message, ==, "Functiemix, regel 2: functie 3 bestaat niet; er is maar 1 functie.");
  g_clear_error (&error);
  g_assert_false (tafel_tarief_check (&p, example_functies, 2, mix, 3, &error));
  g_assert_cmpstr (error->message, ==, "Functiemix, regel 2: functie 3 bestaat niet; er zijn maar 2 functies.");
  g_clear_error (&error);

  mix[1] = example_mix[1];
  mix[2].aandeel = 0.95;
  g_assert_false (tafel_tarief_check (&p, example_functies, 2, mix, 3, &error));
  g_assert_cmpstr (error->message, ==,
                   "Functiemix: de aandelen indirecte tijd tellen op tot 95%, niet tot 100%.");
  g_clear_error (&error);

  steps = tafel_tarief_explain (&p, example_functies, N_EXAMPLE_FUNCTIES, example_mix, N_EXAMPLE_MIX, 0.25);
  assert_stap (steps, 0, "Salariskosten per uur, Jeugdzorgwerker HBO",
               "€ 30,00 × (1 + 8% + 8,3% + 0%) × (1 + 30%)", 45.357);
  assert_stap (steps, 7, "Indirecte personeelskosten per direct uur",
               "0,25 uur indirecte tijd × € 60,48", 15.119);
  assert_stap (steps, 13, "Prijs per direct uur", "€ 83,66 + € 16,73 + € 2,01 + € 3,58", EXAMPLE_UURPRIJS);

  tafel_test_use_english ();
}

/* ---- programming errors --------------------------------------------------- */

#define EXPECT_CRITICAL(pattern) \
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, pattern)

static void
test_programming_errors (void)
{
  TafelTariefParameters p;
  TafelTariefGroep g = { 8.0, 0.9, 2.0, 0.5 };
  TafelTariefMixRegel bad_mix[3];
  TafelTariefFunctie lazy[2];
  GPtrArray *steps;

  tafel_tarief_parameters_init_default (&p);

  EXPECT_CRITICAL ("*p != NULL*");
  tafel_tarief_parameters_init_default (NULL);
  g_test_assert_expected_messages ();

  EXPECT_CRITICAL ("*p != NULL*");
  g_assert_false (tafel_tarief_check (NULL, example_functies, 2, example_mix, 3, NULL));
  g_test_assert_expected_messages ();

  EXPECT_CRITICAL ("*functies != NULL*");
  g_assert_false (tafel_tarief_check (&p, NULL, 2, example_mix, 3, NULL));
  g_test_assert_expected_messages ();

  EXPECT_CRITICAL ("*mix != NULL*");
  g_assert_false (tafel_tarief_check (&p, example_functies, 2, NULL, 3, NULL));
  g_test_assert_expected_messages ();

  memcpy (bad_mix, example_mix, sizeof bad_mix);
  bad_mix[1].tijdsoort = 7;
  EXPECT_CRITICAL ("*tijdsoort*");
  g_assert_false (tafel_tarief_check (&p, example_functies, 2, bad_mix, 3, NULL));
  g_test_assert_expected_messages ();

  EXPECT_CRITICAL ("*g != NULL*");
  g_assert_false (tafel_tarief_groep_check (NULL, NULL));
  g_test_assert_expected_messages ();

  EXPECT_CRITICAL ("*p != NULL*");
  g_assert_cmpfloat (tafel_tarief_salariskosten (NULL, &example_functies[0]), ==, 0.0);
  g_test_assert_expected_messages ();

  EXPECT_CRITICAL ("*functie != NULL*");
  g_assert_cmpfloat (tafel_tarief_salariskosten (&p, NULL), ==, 0.0);
  g_test_assert_expected_messages ();

  /* a line past the functions */
  memcpy (bad_mix, example_mix, sizeof bad_mix);
  bad_mix[2].functie = 2;
  EXPECT_CRITICAL ("*functie < n_functies*");
  g_assert_cmpfloat (tafel_tarief_kosten_per_uur (&p, example_functies, 2, bad_mix, 3,
                                                  TAFEL_TIJD_DIRECT), ==, 0.0);
  g_test_assert_expected_messages ();

  EXPECT_CRITICAL ("*functie < n_functies*");
  g_assert_cmpfloat (tafel_tarief_uurprijs (&p, example_functies, 2, bad_mix, 3, 0.25), ==, 0.0);
  g_test_assert_expected_messages ();

  EXPECT_CRITICAL ("*functie < n_functies*");
  steps = tafel_tarief_explain (&p, example_functies, 2, bad_mix, 3, 0.25);
  g_assert_null (steps);
  g_test_assert_expected_messages ();

  EXPECT_CRITICAL ("*tijdsoort*");
  g_assert_cmpfloat (tafel_tarief_kosten_per_uur (&p, example_functies, 2, example_mix, 3, 5), ==, 0.0);
  g_test_assert_expected_messages ();

  /* a productivity of 0 would divide by zero */
  memcpy (lazy, example_functies, sizeof lazy);
  lazy[1].productiviteit = 0.0;
  EXPECT_CRITICAL ("*productiviteit > 0*");
  g_assert_cmpfloat (tafel_tarief_uurprijs (&p, lazy, 2, example_mix, 3, 0.25), ==, 0.0);
  g_test_assert_expected_messages ();

  EXPECT_CRITICAL ("*indirect_per_direct >= 0*");
  g_assert_cmpfloat (tafel_tarief_uurprijs (&p, example_functies, 2, example_mix, 3, -0.25), ==, 0.0);
  g_test_assert_expected_messages ();

  EXPECT_CRITICAL ("*indirect_per_direct >= 0*");
  g_assert_null (tafel_tarief_explain (&p, example_functies, 2, example_mix, 3, NAN));
  g_test_assert_expected_messages ();

  EXPECT_CRITICAL ("*p != NULL*");
  g_assert_null (tafel_tarief_explain (NULL, example_functies, 2, example_mix, 3, 0.25));
  g_test_assert_expected_messages ();

  EXPECT_CRITICAL ("*g != NULL*");
  g_assert_cmpfloat (tafel_tarief_groep_per_client (100.0, NULL), ==, 0.0);
  g_test_assert_expected_messages ();

  g.bezetting = 0.0;
  EXPECT_CRITICAL ("*bezetting > 0*");
  g_assert_cmpfloat (tafel_tarief_groep_per_client (100.0, &g), ==, 0.0);
  g_test_assert_expected_messages ();

  g = (TafelTariefGroep) { 0.0, 0.9, 2.0, 0.5 };
  EXPECT_CRITICAL ("*jeugdigen_per_groep > 0*");
  g_assert_cmpfloat (tafel_tarief_groep_per_client (100.0, &g), ==, 0.0);
  g_test_assert_expected_messages ();

  EXPECT_CRITICAL ("*per_eenheid >= 0*");
  g_assert_cmpfloat (tafel_tarief_uren_traject (&p, -3.0, TAFEL_EENHEID_UREN_PER_WEEK,
                                                26.0, TAFEL_DUUR_WEKEN), ==, 0.0);
  g_test_assert_expected_messages ();

  EXPECT_CRITICAL ("*duur >= 0*");
  g_assert_cmpfloat (tafel_tarief_uren_traject (&p, 3.0, TAFEL_EENHEID_UREN_PER_WEEK,
                                                -26.0, TAFEL_DUUR_WEKEN), ==, 0.0);
  g_test_assert_expected_messages ();

  EXPECT_CRITICAL ("*duur_eenheid*");
  g_assert_cmpfloat (tafel_tarief_uren_traject (&p, 3.0, TAFEL_EENHEID_UREN_PER_WEEK,
                                                26.0, 9), ==, 0.0);
  g_test_assert_expected_messages ();

  EXPECT_CRITICAL ("*should not be reached*");
  g_assert_cmpfloat (tafel_tarief_uren_traject (&p, 3.0, 9, 26.0, TAFEL_DUUR_WEKEN), ==, 0.0);
  g_test_assert_expected_messages ();

  EXPECT_CRITICAL ("*p != NULL*");
  g_assert_cmpfloat (tafel_tarief_uren_traject (NULL, 3.0, TAFEL_EENHEID_UREN_PER_WEEK,
                                                26.0, TAFEL_DUUR_WEKEN), ==, 0.0);
  g_test_assert_expected_messages ();

  EXPECT_CRITICAL ("*uren_traject >= 0*");
  g_assert_cmpfloat (tafel_tarief_traject_prijs (100.0, -1.0), ==, 0.0);
  g_test_assert_expected_messages ();

  /* freeing nothing is fine */
  tafel_tarief_stap_free (NULL);
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tarief/defaults", test_defaults);
  g_test_add_func ("/tarief/worked-example", test_worked_example);
  g_test_add_func ("/tarief/no-indirect-lines", test_no_indirect_lines);
  g_test_add_func ("/tarief/group", test_group);
  g_test_add_func ("/tarief/traject", test_traject);
  g_test_add_func ("/tarief/check/parameters", test_check_parameters);
  g_test_add_func ("/tarief/check/functies", test_check_functies);
  g_test_add_func ("/tarief/check/mix", test_check_mix);
  g_test_add_func ("/tarief/check/group", test_check_group);
  g_test_add_func ("/tarief/explain", test_explain);
  g_test_add_func ("/tarief/explain/no-indirect", test_explain_no_indirect);
  g_test_add_func ("/tarief/format", test_format);
  g_test_add_func ("/tarief/dutch", test_dutch);
  g_test_add_func ("/tarief/programming-errors", test_programming_errors);

  return g_test_run ();
}
