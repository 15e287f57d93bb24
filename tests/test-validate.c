/* test-validate.c: turning what people typed into values we store
 *
 * tafel_text_normalize(), the date and time parsers and formatters, and
 * tafel_field_normalize() through the real field tables of the entities, so
 * that a changed limit or flag in an entity shows up here.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "tafel-error.h"
#include "tafel-store.h"
#include "tafel-test-util.h"
#include "tafel-validate.h"

/* ---- helpers ---------------------------------------------------------- */

static const TafelField *
field_of (gpointer    entity,
          const char *column)
{
  const TafelField *field = tafel_table_find_field (tafel_entity_get_table (entity), column);

  g_assert_nonnull (field);
  return field;
}

/* Runs @input through the field @column of @owner. Returns TRUE and fills
 * @output (unset before) on success. */
static gboolean
normalize (gpointer      owner,
           const char   *column,
           const GValue *input,
           GValue       *output,
           GError      **error)
{
  gboolean ok = tafel_field_normalize (owner, field_of (owner, column), input, output, error);

  /* A refusal always says why; a success never leaves an error behind. */
  if (ok)
    g_assert_true (G_IS_VALUE (output));
  else
    g_assert_false (G_IS_VALUE (output));
  return ok;
}

/* Text in, text out (NULL for a refusal, with @error set). */
static char *
normalize_string (gpointer     owner,
                  const char  *column,
                  const char  *text,
                  GError     **error)
{
  g_auto(GValue) in = G_VALUE_INIT;
  g_auto(GValue) out = G_VALUE_INIT;

  g_value_init (&in, G_TYPE_STRING);
  g_value_set_string (&in, text);

  if (!normalize (owner, column, &in, &out, error))
    return NULL;

  g_assert_true (G_VALUE_HOLDS_STRING (&out));
  return g_value_dup_string (&out);
}

/* Asserts that @text is refused for @column with TAFEL_ERROR_INVALID and a
 * message that names the field's label and, when given, contains @also. */
static void
assert_refused (gpointer    owner,
                const char *column,
                const char *text,
                const char *also)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *result = normalize_string (owner, column, text, &error);

  g_assert_null (result);
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, field_of (owner, column)->label));
  if (also != NULL && strstr (error->message, also) == NULL)
    g_error ("message “%s” does not mention “%s”", error->message, also);
}

static void
assert_text_normalizes (const char *input,
                        gboolean    multi_line,
                        const char *expected)
{
  glong bad = -1;
  g_autofree char *result = tafel_text_normalize (input, multi_line, &bad);

  g_assert_cmpstr (result, ==, expected);
  g_assert_cmpint (bad, ==, 0);
}

static void
assert_text_refused (const char *input,
                     gboolean    multi_line,
                     glong       expected_position)
{
  glong bad = -1;
  g_autofree char *result = tafel_text_normalize (input, multi_line, &bad);

  g_assert_null (result);
  g_assert_cmpint (bad, ==, expected_position);
}

/* @n copies of @unit */
static char *
repeat (const char *unit,
        guint       n)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append (s, unit);

  return g_string_free (s, FALSE);
}

/* ---- tafel_text_normalize -------------------------------------------- */

static void
test_text_trim (void)
{
  assert_text_normalizes ("  Zorgkracht  ", FALSE, "Zorgkracht");
  assert_text_normalizes ("\t\n Zorgkracht \r\n", FALSE, "Zorgkracht");
  assert_text_normalizes ("   ", FALSE, "");
  assert_text_normalizes ("", TRUE, "");
  assert_text_normalizes (NULL, FALSE, "");
  /* only the ends: inner white space and inner lines stay */
  assert_text_normalizes ("  regel 1\n  regel 2  \n\n", TRUE, "regel 1\n  regel 2");
  assert_text_normalizes ("a  b", FALSE, "a  b");
}

static void
test_text_line_breaks (void)
{
  /* Windows line ends become one \n; a lone CR is a line break too */
  assert_text_normalizes ("een\r\ntwee\r\ndrie", TRUE, "een\ntwee\ndrie");
  assert_text_normalizes ("een\rtwee", TRUE, "een\ntwee");
  assert_text_normalizes ("een\r\rtwee", TRUE, "een\n\ntwee");

  /* one-line text: every break and tab is a single space */
  assert_text_normalizes ("een\r\ntwee", FALSE, "een twee");
  assert_text_normalizes ("een\ntwee", FALSE, "een twee");
  assert_text_normalizes ("een\rtwee", FALSE, "een twee");
  assert_text_normalizes ("een\ttwee", FALSE, "een twee");

  /* tabs stay in several-line text */
  assert_text_normalizes ("kolom\tkolom", TRUE, "kolom\tkolom");
}

static void
test_text_control_characters (void)
{
  /* positions are 1-based and count characters, not bytes */
  assert_text_refused ("\001", FALSE, 1);
  assert_text_refused ("bel\astaart", FALSE, 4);
  assert_text_refused ("bel\astaart", TRUE, 4);
  assert_text_refused ("één\x1b", FALSE, 4);
  assert_text_refused ("€€€\x7f", TRUE, 4);
  assert_text_refused ("a\f", TRUE, 2);
  assert_text_refused ("a\v", TRUE, 2);
  /* C1 controls (U+0080–U+009F), e.g. NEL U+0085 */
  assert_text_refused ("a\xc2\x85", TRUE, 2);
  assert_text_refused ("a\xc2\x9f", FALSE, 2);
  /* leading white space is counted: it is what was typed */
  assert_text_refused ("  \002", FALSE, 3);
  /* a Windows line end is one character, as it is shown */
  assert_text_refused ("a\r\nb\r\n\x01", TRUE, 5);
  assert_text_refused ("a\r\nb\x01", FALSE, 4);

  /* just outside the ranges: space, U+00A0 and U+00A1 are fine */
  assert_text_normalizes ("a b", FALSE, "a b");
  assert_text_normalizes ("a\xc2\xa0" "b", FALSE, "a\xc2\xa0" "b");
  assert_text_normalizes ("\xc2\xa1Hola!", FALSE, "\xc2\xa1Hola!");
}

static void
test_text_noncharacters (void)
{
  /* U+FFFE and U+FFFF are not allowed in XML, so not in a workbook */
  assert_text_refused ("a\xef\xbf\xbe", FALSE, 2);
  assert_text_refused ("\xef\xbf\xbf", TRUE, 1);
  /* U+FFFD (the replacement character) and characters beyond the BMP are */
  assert_text_normalizes ("\xef\xbf\xbd", FALSE, "\xef\xbf\xbd");
  assert_text_normalizes ("ok \xf0\x9f\x91\x8d", FALSE, "ok \xf0\x9f\x91\x8d");
}

static void
test_text_invalid_utf8 (void)
{
  /* not UTF-8 at all: position 0 */
  assert_text_refused ("caf\xe9", FALSE, 0);
  assert_text_refused ("caf\xe9", TRUE, 0);
  /* an overlong "/", a lone surrogate, a truncated sequence */
  assert_text_refused ("\xc0\xaf", FALSE, 0);
  assert_text_refused ("\xed\xa0\x80", FALSE, 0);
  assert_text_refused ("abc\xe2\x82", FALSE, 0);
  /* beyond U+10FFFF */
  assert_text_refused ("\xf4\x90\x80\x80", FALSE, 0);
}

static void
test_text_nfc (void)
{
  glong bad = -1;
  g_autofree char *composed = tafel_text_normalize ("Cafe\xcc\x81", FALSE, &bad);

  /* e + COMBINING ACUTE ACCENT becomes é (U+00E9) */
  g_assert_cmpstr (composed, ==, "Caf\xc3\xa9");
  g_assert_cmpint (g_utf8_strlen (composed, -1), ==, 4);

  /* already composed text is left alone */
  assert_text_normalizes ("Caf\xc3\xa9", FALSE, "Caf\xc3\xa9");
  /* the position of a bad character counts composed characters */
  assert_text_refused ("e\xcc\x81\x01", FALSE, 2);
}

/* ---- dates and times -------------------------------------------------- */

static void
assert_date (const char *input,
             const char *expected)
{
  g_autofree char *result = tafel_date_parse (input);

  if (g_strcmp0 (result, expected) != 0)
    g_error ("tafel_date_parse (“%s”) gave “%s”, expected “%s”",
             input ? input : "(null)", result ? result : "(null)", expected ? expected : "(null)");
}

static void
test_date_parse (void)
{
  /* the four accepted forms */
  assert_date ("2026-10-28", "2026-10-28");
  assert_date ("28-10-2026", "2026-10-28");
  assert_date ("28/10/2026", "2026-10-28");
  assert_date ("28.10.2026", "2026-10-28");

  /* without leading zeros, with white space around */
  assert_date ("1-2-2026", "2026-02-01");
  assert_date ("2026-2-1", "2026-02-01");
  assert_date ("  28-10-2026 ", "2026-10-28");
  assert_date ("9999-12-31", "9999-12-31");

  /* leap years */
  assert_date ("29-02-2028", "2028-02-29");
  assert_date ("29-02-2025", NULL);
  assert_date ("2000-02-29", "2000-02-29");
  assert_date ("1900-02-29", NULL);

  /* days and months that do not exist */
  assert_date ("31-02-2026", NULL);
  assert_date ("31-04-2026", NULL);
  assert_date ("32-01-2026", NULL);
  assert_date ("00-01-2026", NULL);
  assert_date ("01-00-2026", NULL);
  assert_date ("01-13-2026", NULL);
  assert_date ("2026-02-30", NULL);
  assert_date ("2026-13-01", NULL);
  assert_date ("2026-01-32", NULL);
  /* a day number that wraps around in a byte (257 = 256 + 1) */
  assert_date ("257-01-2026", NULL);
  assert_date ("513.1.2026", NULL);

  /* years must be written in full */
  assert_date ("28-10-26", NULL);
  assert_date ("28-10-999", NULL);
  assert_date ("28-10-20266", NULL);

  /* garbage */
  assert_date ("", NULL);
  assert_date ("   ", NULL);
  assert_date (NULL, NULL);
  assert_date ("morgen", NULL);
  assert_date ("28 oktober 2026", NULL);
  assert_date ("28-10.2026", NULL);
  assert_date ("28--10-2026", NULL);
  assert_date ("-28-10-2026", NULL);
  assert_date ("28-10-2026x", NULL);
  assert_date ("2026-10-28T10:00", NULL);
  assert_date ("2026-10", NULL);
}

static void
assert_time (const char *input,
             const char *expected)
{
  g_autofree char *result = tafel_time_parse (input);

  if (g_strcmp0 (result, expected) != 0)
    g_error ("tafel_time_parse (“%s”) gave “%s”, expected “%s”",
             input ? input : "(null)", result ? result : "(null)", expected ? expected : "(null)");
}

static void
test_time_parse (void)
{
  assert_time ("9:30", "09:30");
  assert_time ("09:30", "09:30");
  assert_time ("14.00", "14:00");
  assert_time (" 13:30 ", "13:30");
  assert_time ("0:00", "00:00");
  assert_time ("23:59", "23:59");

  assert_time ("24:00", NULL);
  assert_time ("12:60", NULL);
  assert_time ("9:5", NULL);
  assert_time ("930", NULL);
  assert_time ("9h30", NULL);
  assert_time ("09:30:00", NULL);
  assert_time ("123:00", NULL);
  assert_time ("-1:00", NULL);
  assert_time ("9:30 uur", NULL);
  assert_time ("", NULL);
  assert_time (NULL, NULL);
}

static void
assert_datetime (const char *input,
                 const char *expected)
{
  g_autofree char *result = tafel_datetime_parse (input);

  if (g_strcmp0 (result, expected) != 0)
    g_error ("tafel_datetime_parse (“%s”) gave “%s”, expected “%s”",
             input ? input : "(null)", result ? result : "(null)", expected ? expected : "(null)");
}

static void
test_datetime_parse (void)
{
  assert_datetime ("2026-11-10T12:00", "2026-11-10T12:00");
  assert_datetime ("10-11-2026 12.00", "2026-11-10T12:00");
  assert_datetime ("10/11/2026 9:30", "2026-11-10T09:30");
  assert_datetime (" 10.11.2026  17:00 ", "2026-11-10T17:00");

  assert_datetime ("10-11-2026", NULL);
  assert_datetime ("12:00", NULL);
  assert_datetime ("10-11-2026 24:00", NULL);
  assert_datetime ("31-11-2026 12:00", NULL);
  assert_datetime ("10-11-2026T", NULL);
  assert_datetime ("T12:00", NULL);
  assert_datetime ("10 november 2026 12:00", NULL);
  assert_datetime ("", NULL);
  assert_datetime (NULL, NULL);
}

static void
test_date_format (void)
{
  struct { const char *iso; const char *shown; } dates[] = {
    { "2026-10-28", "28 October 2026" },
    { "2026-01-05", "5 January 2026" },
    { "2028-02-29", "29 February 2028" },
    { "2026-12-31", "31 December 2026" },
    { NULL, "" },
    { "", "" },
    { "morgen", "" },
    { "2026-13-01", "" },
    { "2026-00-10", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *shown = tafel_date_format (dates[i].iso);
      g_assert_cmpstr (shown, ==, dates[i].shown);
    }

  {
    g_autofree char *a = tafel_datetime_format ("2026-11-10T12:00");
    g_autofree char *b = tafel_datetime_format ("2026-11-10");
    g_autofree char *c = tafel_datetime_format (NULL);

    g_assert_cmpstr (a, ==, "10 November 2026 12:00");
    g_assert_cmpstr (b, ==, "");
    g_assert_cmpstr (c, ==, "");
  }

  /* a parsed date formats back to what a person reads */
  {
    g_autofree char *iso = tafel_date_parse ("1.3.2027");
    g_autofree char *shown = tafel_date_format (iso);

    g_assert_cmpstr (shown, ==, "1 March 2027");
  }
}

static void
test_timestamp_now (void)
{
  g_autofree char *now = tafel_timestamp_now ();
  g_autoptr(GDateTime) parsed = g_date_time_new_from_iso8601 (now, NULL);

  /* UTC, ISO 8601, sortable as text: "YYYY-MM-DDTHH:MM:SS.ffffffZ" */
  g_assert_nonnull (parsed);
  g_assert_cmpuint (strlen (now), ==, 27);
  g_assert_true (g_str_has_suffix (now, "Z"));
  g_assert_cmpint (now[10], ==, 'T');
}

/* ---- tafel_field_normalize through real fields ----------------------- */

static void
test_field_text_length (void)
{
  g_autoptr(TafelTraject) traject = tafel_traject_new ();
  g_autoptr(TafelGeeltje) geeltje = tafel_geeltje_new (1);
  g_autoptr(GError) error = NULL;
  g_autofree char *max_e = repeat ("é", TAFEL_NAME_MAX);           /* 400 bytes */
  g_autofree char *over_e = repeat ("é", TAFEL_NAME_MAX + 1);
  g_autofree char *decomposed = repeat ("e\xcc\x81", TAFEL_NAME_MAX); /* 400 code points, 200 after NFC */
  g_autofree char *max_euro = repeat ("€", TAFEL_GEELTJE_TEXT_MAX); /* 6000 bytes */
  g_autofree char *over_euro = repeat ("€", TAFEL_GEELTJE_TEXT_MAX + 1);
  g_autofree char *padded = g_strconcat ("   ", max_e, "\n", NULL);
  g_autofree char *result = NULL;
  g_autofree char *over_count = g_strdup_printf ("%d", TAFEL_NAME_MAX + 1);
  g_autofree char *max_count = g_strdup_printf ("%d", TAFEL_NAME_MAX);

  /* exactly at the limit, in characters: accepted */
  result = normalize_string (traject, "name", max_e, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (result, ==, max_e);
  g_clear_pointer (&result, g_free);

  /* composed first, then counted */
  result = normalize_string (traject, "name", decomposed, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (result, ==, max_e);
  g_clear_pointer (&result, g_free);

  /* trimmed first, then counted */
  result = normalize_string (traject, "name", padded, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (result, ==, max_e);
  g_clear_pointer (&result, g_free);

  /* one over: refused, and the message says how long and how long at most */
  result = normalize_string (traject, "name", over_e, &error);
  g_assert_null (result);
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "name"));
  g_assert_nonnull (strstr (error->message, over_count));
  g_assert_nonnull (strstr (error->message, max_count));
  g_clear_error (&error);

  /* several-line text has its own limit */
  result = normalize_string (geeltje, "text", max_euro, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_utf8_strlen (result, -1), ==, TAFEL_GEELTJE_TEXT_MAX);
  g_clear_pointer (&result, g_free);
  assert_refused (geeltje, "text", over_euro, "2001");

  /* a short limit: productgroep abbreviation, 20 */
  {
    g_autoptr(TafelProductgroep) group = tafel_productgroep_new (1);
    g_autofree char *twenty = repeat ("ü", 20);
    g_autofree char *twenty_one = repeat ("ü", 21);

    result = normalize_string (group, "abbreviation", twenty, &error);
    g_assert_no_error (error);
    g_clear_pointer (&result, g_free);
    assert_refused (group, "abbreviation", twenty_one, "21");
  }
}

static void
test_field_text_required (void)
{
  g_autoptr(TafelDeelproduct) dp = tafel_deelproduct_new (1);
  g_autoptr(TafelGeeltje) geeltje = tafel_geeltje_new (1);
  g_autoptr(GError) error = NULL;
  g_autofree char *result = NULL;

  assert_refused (dp, "name", "", NULL);
  assert_refused (dp, "name", "  \t ", NULL);
  assert_refused (dp, "name", NULL, NULL);
  assert_refused (geeltje, "text", "\r\n\r\n", NULL);

  /* a field that is not required may be empty */
  result = normalize_string (dp, "doelgroepen", "   ", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (result, ==, "");
}

static void
test_field_text_content (void)
{
  g_autoptr(TafelDeelproduct) dp = tafel_deelproduct_new (1);
  g_autoptr(TafelGeeltje) geeltje = tafel_geeltje_new (1);
  g_autoptr(GError) error = NULL;
  g_autofree char *result = NULL;

  g_object_set (dp, "name", "Groepsbegeleiding", NULL);

  /* the message names the object and the field */
  result = normalize_string (dp, "name", "Groeps\abegeleiding", &error);
  g_assert_null (result);
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Deelproduct"));
  g_assert_nonnull (strstr (error->message, "Groepsbegeleiding"));
  g_assert_nonnull (strstr (error->message, "name"));
  g_assert_nonnull (strstr (error->message, "7"));
  g_clear_error (&error);

  assert_refused (dp, "name", "caf\xe9", "UTF-8");
  assert_refused (geeltje, "text", "a\xef\xbf\xbe", "2");

  /* one-line and several-line fields */
  result = normalize_string (dp, "name", " Ambulante\r\nbegeleiding\top school ", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (result, ==, "Ambulante begeleiding op school");
  g_clear_pointer (&result, g_free);

  result = normalize_string (geeltje, "text", " Eerste regel\r\n\tTweede regel ", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (result, ==, "Eerste regel\n\tTweede regel");
  g_clear_pointer (&result, g_free);

  /* not text at all */
  {
    g_auto(GValue) in = G_VALUE_INIT;
    g_auto(GValue) out = G_VALUE_INIT;

    g_value_init (&in, G_TYPE_INT);
    g_value_set_int (&in, 42);
    g_assert_false (normalize (dp, "name", &in, &out, &error));
    g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  }
}

static void
test_field_code (void)
{
  g_autoptr(TafelDeelproduct) dp = tafel_deelproduct_new (1);
  g_autoptr(GError) error = NULL;
  const char *good[][2] = {
    { "45A53", "45A53" },
    { "54001", "54001" },
    { " 45A53 ", "45A53" },
    { "", "" },
    { "abcXYZ0189", "abcXYZ0189" },   /* exactly 10 */
  };

  g_assert_true (field_of (dp, "productcode")->flags & TAFEL_FIELD_CODE);

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autofree char *result = normalize_string (dp, "productcode", good[i][0], &error);

      g_assert_no_error (error);
      g_assert_cmpstr (result, ==, good[i][1]);
    }

  assert_refused (dp, "productcode", "45-A53", "45-A53");
  assert_refused (dp, "productcode", "45 A53", "45 A53");
  assert_refused (dp, "productcode", "45A5.", NULL);
  assert_refused (dp, "productcode", "ÄB12", "ÄB12");
  assert_refused (dp, "productcode", "４５", NULL);            /* full-width digits */
  assert_refused (dp, "productcode", "abcXYZ01890", "11");    /* 11: too long */
}

static void
test_field_choice (void)
{
  g_autoptr(TafelDeelproduct) dp = tafel_deelproduct_new (1);
  g_autoptr(TafelGeeltje) geeltje = tafel_geeltje_new (1);
  g_autoptr(GError) error = NULL;

  /* every id of the list is accepted and comes back as the static id */
  for (guint i = 0; tafel_inkoopniveaus[i].id != NULL; i++)
    {
      g_auto(GValue) in = G_VALUE_INIT;
      g_auto(GValue) out = G_VALUE_INIT;
      g_autofree char *copy = g_strdup (tafel_inkoopniveaus[i].id);

      g_value_init (&in, G_TYPE_STRING);
      g_value_set_string (&in, copy);
      g_assert_true (normalize (dp, "inkoopniveau", &in, &out, &error));
      g_assert_no_error (error);
      g_assert_true (g_value_get_string (&out) == tafel_inkoopniveaus[i].id);
    }

  /* case, labels, white space and empty are all refused */
  assert_refused (dp, "inkoopniveau", "Lokaal", "Lokaal");
  assert_refused (dp, "inkoopniveau", "Local", "Local");
  assert_refused (dp, "inkoopniveau", " lokaal", NULL);
  assert_refused (dp, "inkoopniveau", "", NULL);
  assert_refused (dp, "inkoopniveau", NULL, NULL);
  assert_refused (geeltje, "status", "gedaan", "gedaan");
  assert_refused (geeltje, "kind", "tekstueel ", NULL);

  /* a number for a choice */
  {
    g_auto(GValue) in = G_VALUE_INIT;
    g_auto(GValue) out = G_VALUE_INIT;

    g_value_init (&in, G_TYPE_INT);
    g_value_set_int (&in, 1);
    g_assert_false (normalize (dp, "inkoopniveau", &in, &out, &error));
    g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  }
}

static gint64
normalize_int_value (gpointer      owner,
                     const char   *column,
                     const GValue *in,
                     GError      **error)
{
  g_auto(GValue) out = G_VALUE_INIT;

  if (!normalize (owner, column, in, &out, error))
    return G_MININT64;

  g_assert_true (G_VALUE_HOLDS_INT64 (&out));
  return g_value_get_int64 (&out);
}

static void
test_field_int (void)
{
  g_autoptr(TafelDeelproduct) dp = tafel_deelproduct_new (1);
  g_autoptr(GError) error = NULL;
  const TafelField *field = field_of (dp, "max_duur");
  struct { const char *text; gint64 value; } good[] = {
    { "0", 0 }, { "12", 12 }, { " 12 ", 12 }, { "999", 999 }, { "-0", 0 }, { "+7", 7 },
  };
  const char *bad[] = {
    "-1", "1000", "twaalf", "12.5", "12,5", "", "  ", "1e3", "0x10", "12 maanden",
    "99999999999999999999", "-99999999999999999999",
  };

  g_assert_cmpint (field->min, ==, 0);
  g_assert_cmpint (field->max, ==, 999);

  /* numbers given as text, as a form field gives them */
  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_auto(GValue) in = G_VALUE_INIT;

      g_value_init (&in, G_TYPE_STRING);
      g_value_set_string (&in, good[i].text);
      g_assert_cmpint (normalize_int_value (dp, "max_duur", &in, &error), ==, good[i].value);
      g_assert_no_error (error);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *shown = g_strstrip (g_strdup (bad[i]));

      /* the message repeats what was typed and the range */
      assert_refused (dp, "max_duur", bad[i], "999");
      if (*shown != '\0')
        assert_refused (dp, "max_duur", bad[i], shown);
    }

  /* numbers of other GTypes */
  {
    g_auto(GValue) v_int64 = G_VALUE_INIT;
    g_auto(GValue) v_int = G_VALUE_INIT;
    g_auto(GValue) v_uint = G_VALUE_INIT;
    g_auto(GValue) v_double = G_VALUE_INIT;
    g_auto(GValue) v_fraction = G_VALUE_INIT;
    g_auto(GValue) v_bool = G_VALUE_INIT;
    g_auto(GValue) v_high = G_VALUE_INIT;

    g_value_init (&v_int64, G_TYPE_INT64);
    g_value_set_int64 (&v_int64, 999);
    g_assert_cmpint (normalize_int_value (dp, "max_duur", &v_int64, &error), ==, 999);
    g_assert_no_error (error);

    g_value_init (&v_int, G_TYPE_INT);
    g_value_set_int (&v_int, 5);
    g_assert_cmpint (normalize_int_value (dp, "max_duur", &v_int, &error), ==, 5);
    g_assert_no_error (error);

    g_value_init (&v_uint, G_TYPE_UINT);
    g_value_set_uint (&v_uint, 7);
    g_assert_cmpint (normalize_int_value (dp, "max_frequentie", &v_uint, &error), ==, 7);
    g_assert_no_error (error);

    g_value_init (&v_double, G_TYPE_DOUBLE);
    g_value_set_double (&v_double, 3.0);
    g_assert_cmpint (normalize_int_value (dp, "max_duur", &v_double, &error), ==, 3);
    g_assert_no_error (error);

    g_value_init (&v_fraction, G_TYPE_DOUBLE);
    g_value_set_double (&v_fraction, 3.5);
    g_assert_cmpint (normalize_int_value (dp, "max_duur", &v_fraction, &error), ==, G_MININT64);
    g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
    g_clear_error (&error);

    g_value_init (&v_bool, G_TYPE_BOOLEAN);
    g_value_set_boolean (&v_bool, TRUE);
    g_assert_cmpint (normalize_int_value (dp, "max_duur", &v_bool, &error), ==, G_MININT64);
    g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
    g_clear_error (&error);

    g_value_init (&v_high, G_TYPE_INT64);
    g_value_set_int64 (&v_high, 1000);
    g_assert_cmpint (normalize_int_value (dp, "max_duur", &v_high, &error), ==, G_MININT64);
    g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "1000"));
    g_assert_nonnull (strstr (error->message, "maximum duration"));
    g_clear_error (&error);
  }
}

static void
test_field_ref (void)
{
  g_autoptr(TafelGeeltje) geeltje = tafel_geeltje_new (1);
  g_autoptr(GError) error = NULL;
  g_auto(GValue) zero = G_VALUE_INIT;
  g_auto(GValue) five = G_VALUE_INIT;
  g_auto(GValue) text = G_VALUE_INIT;
  g_auto(GValue) negative = G_VALUE_INIT;
  g_auto(GValue) garbage = G_VALUE_INIT;

  g_value_init (&zero, G_TYPE_INT64);
  g_value_init (&five, G_TYPE_INT64);
  g_value_set_int64 (&five, 5);
  g_value_init (&text, G_TYPE_STRING);
  g_value_set_string (&text, "5");
  g_value_init (&negative, G_TYPE_INT64);
  g_value_set_int64 (&negative, -1);
  g_value_init (&garbage, G_TYPE_STRING);
  g_value_set_string (&garbage, "vijf");

  /* 0 means "none" for an optional reference */
  g_assert_cmpint (normalize_int_value (geeltje, "deelproduct_id", &zero, &error), ==, 0);
  g_assert_no_error (error);
  g_assert_cmpint (normalize_int_value (geeltje, "deelproduct_id", &five, &error), ==, 5);
  g_assert_no_error (error);
  g_assert_cmpint (normalize_int_value (geeltje, "deelproduct_id", &text, &error), ==, 5);
  g_assert_no_error (error);

  g_assert_cmpint (normalize_int_value (geeltje, "deelproduct_id", &negative, &error), ==, G_MININT64);
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "deelproduct"));
  g_clear_error (&error);
  g_assert_cmpint (normalize_int_value (geeltje, "deelproduct_id", &garbage, &error), ==, G_MININT64);
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_clear_error (&error);

  /* the traject of a row is required */
  g_assert_cmpint (normalize_int_value (geeltje, "traject_id", &zero, &error), ==, G_MININT64);
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "traject"));
}

static void
test_field_temporal (void)
{
  g_autoptr(TafelSessie) sessie = tafel_sessie_new (1);
  g_autoptr(GError) error = NULL;
  g_autofree char *date = normalize_string (sessie, "date", "28-10-2026", &error);
  g_autofree char *time = normalize_string (sessie, "start_time", "9:30", &error);
  g_autofree char *deadline = normalize_string (sessie, "deadline", "10-11-2026 12.00", &error);
  g_autofree char *stamp = normalize_string (sessie, "created_at", "2026-10-28T09:30:00Z", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (date, ==, "2026-10-28");
  g_assert_cmpstr (time, ==, "09:30");
  g_assert_cmpstr (deadline, ==, "2026-11-10T12:00");
  g_assert_cmpstr (stamp, ==, "2026-10-28T09:30:00.000000Z");

  /* empty clears an optional date: the output holds NULL */
  {
    g_auto(GValue) in = G_VALUE_INIT;
    g_auto(GValue) out = G_VALUE_INIT;

    g_value_init (&in, G_TYPE_STRING);
    g_value_set_string (&in, "  ");
    g_assert_true (normalize (sessie, "date", &in, &out, &error));
    g_assert_no_error (error);
    g_assert_null (g_value_get_string (&out));
  }

  /* refusals name the field and repeat the input */
  assert_refused (sessie, "date", "31-02-2026", "31-02-2026");
  assert_refused (sessie, "date", "morgen", "morgen");
  assert_refused (sessie, "start_time", "24:00", "24:00");
  assert_refused (sessie, "end_time", "9:5", "9:5");
  assert_refused (sessie, "deadline", "10-11-2026", "10-11-2026");
  assert_refused (sessie, "created_at", "gisteren", "gisteren");

  /* a number is not a date */
  {
    g_auto(GValue) in = G_VALUE_INIT;
    g_auto(GValue) out = G_VALUE_INIT;

    g_value_init (&in, G_TYPE_INT64);
    g_value_set_int64 (&in, 20261028);
    g_assert_false (normalize (sessie, "date", &in, &out, &error));
    g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  }
}

/* ---- translated messages --------------------------------------------- */

/* The message for an empty required field, under Dutch. The lead fills
 * po/nl.po separately, so the expected text is built from the catalogue
 * the test sees (g_dgettext) rather than written out here. */
static void
test_dutch_message (void)
{
  g_autoptr(TafelGeeltje) geeltje = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *result = NULL;
  g_autofree char *what = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *month = NULL;
  g_autofree char *expected_month = NULL;
  const char *format;

  if (!tafel_test_use_dutch ())
    return;

  geeltje = tafel_geeltje_new (1);
  result = normalize_string (geeltje, "text", "   ", &error);
  g_assert_null (result);
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);

  /* the format is not a literal here: fill in the %s by hand */
  format = g_dgettext (GETTEXT_PACKAGE, "“%s” is empty.");
  {
    GString *s = g_string_new (format);

    g_string_replace (s, "%s", g_dgettext (GETTEXT_PACKAGE, "text"), 1);
    what = g_string_free (s, FALSE);
  }
  expected = g_strdup_printf ("%s: %s", g_dgettext (GETTEXT_PACKAGE, "Sticky note"), what);
  g_test_message ("Dutch message: %s", error->message);
  g_assert_cmpstr (error->message, ==, expected);

  /* when the catalogue has the Dutch text, the message is not English */
  if (g_strcmp0 (format, "“%s” is empty.") != 0)
    g_assert_cmpstr (error->message, !=, "Sticky note: “text” is empty.");

  month = tafel_date_format ("2026-10-28");
  expected_month = g_strdup_printf ("28 %s 2026", g_dgettext (GETTEXT_PACKAGE, "October"));
  g_assert_cmpstr (month, ==, expected_month);

  tafel_test_use_english ();
  g_clear_error (&error);
  g_clear_pointer (&result, g_free);

  /* and back in English */
  result = normalize_string (geeltje, "text", "", &error);
  g_assert_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Sticky note: “text” is empty.");
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/validate/text/trim", test_text_trim);
  g_test_add_func ("/validate/text/line-breaks", test_text_line_breaks);
  g_test_add_func ("/validate/text/control-characters", test_text_control_characters);
  g_test_add_func ("/validate/text/noncharacters", test_text_noncharacters);
  g_test_add_func ("/validate/text/invalid-utf8", test_text_invalid_utf8);
  g_test_add_func ("/validate/text/nfc", test_text_nfc);
  g_test_add_func ("/validate/date/parse", test_date_parse);
  g_test_add_func ("/validate/time/parse", test_time_parse);
  g_test_add_func ("/validate/datetime/parse", test_datetime_parse);
  g_test_add_func ("/validate/date/format", test_date_format);
  g_test_add_func ("/validate/timestamp/now", test_timestamp_now);
  g_test_add_func ("/validate/field/text-length", test_field_text_length);
  g_test_add_func ("/validate/field/text-required", test_field_text_required);
  g_test_add_func ("/validate/field/text-content", test_field_text_content);
  g_test_add_func ("/validate/field/code", test_field_code);
  g_test_add_func ("/validate/field/choice", test_field_choice);
  g_test_add_func ("/validate/field/int", test_field_int);
  g_test_add_func ("/validate/field/ref", test_field_ref);
  g_test_add_func ("/validate/field/temporal", test_field_temporal);
  g_test_add_func ("/validate/dutch-message", test_dutch_message);

  return g_test_run ();
}
