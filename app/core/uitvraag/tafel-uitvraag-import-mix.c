/* tafel-uitvraag-import-mix.c: the Functiemix and Groepen sheets of a
 * returned workbook: a function mix counts only when the whole of it adds
 * up, group parameters per group product */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tafel-functieprofiel.h"
#include "tafel-product.h"
#include "tafel-uitvraag-import-private.h"
#include "tafel-uitvraag-layout.h"

void
_tafel_import_free_mix (gpointer data)
{
  ImportMix *mix = data;

  if (mix == NULL)
    return;
  g_array_unref (mix->lines);
  g_ptr_array_unref (mix->herkomst);
  g_array_unref (mix->rows);
  g_free (mix);
}

/* Reads one line of a function mix into @mixen (deelproduct id → ImportMix),
 * or marks the deelproduct's mix as broken (value NULL) on an error. */
void
_tafel_import_read_mix_row (Reading    *r,
                            GHashTable *mixen)
{
  /* a level or kind of time alone (perhaps filled in ahead) is no line */
  static const int inputs[] = { TAFEL_UITVRAAG_MIX_FUNCTIE, TAFEL_UITVRAAG_MIX_AANDEEL, -1 };
  g_autofree char *functie_name = NULL;
  TafelFunctieprofiel *functie;
  TafelDeelproduct *dp;
  TafelMixInvoer line = { 0 };
  ImportMix *mix;
  gint64 dp_id;
  gboolean ok, ok_choice;

  if (_tafel_import_row_is_empty (r, inputs))
    return;
  dp = _tafel_import_read_deelproduct (r, TAFEL_UITVRAAG_MIX_DEELPRODUCT, TAFEL_UITVRAAG_MIX_SLEUTEL, FALSE, NULL, NULL);
  if (dp == NULL)
    return;
  dp_id = tafel_entity_get_id (TAFEL_ENTITY (dp));

  functie_name = _tafel_import_dup_cell (r, TAFEL_UITVRAAG_MIX_FUNCTIE);
  functie = *functie_name != '\0' ? _tafel_import_find_by_name (r->context->functieprofielen, functie_name) : NULL;
  ok = functie != NULL;
  if (*functie_name == '\0')
    _tafel_import_add_error (r->self, r->name, r->row, COL (TAFEL_UITVRAAG_MIX_FUNCTIE),
                             _("%s, row %u: choose the function this share is for."), r->name, r->row);
  else if (functie == NULL)
    _tafel_import_add_error (r->self, r->name, r->row, COL (TAFEL_UITVRAAG_MIX_FUNCTIE),
                             _("%s, row %u: “%s” is not a function profile of this traject."),
                             r->name, r->row, functie_name);

  line.opleidingsniveau = _tafel_import_read_choice (r, TAFEL_UITVRAAG_MIX_OPLEIDING, tafel_opleidingsniveaus, &ok_choice);
  ok = ok && ok_choice;
  line.tijdsoort = _tafel_import_read_choice (r, TAFEL_UITVRAAG_MIX_TIJDSOORT, tafel_tijdsoorten, &ok_choice);
  ok = ok && ok_choice;
  ok = _tafel_import_read_decimal (r, TAFEL_UITVRAAG_MIX_AANDEEL, _("share"), 1, 10000, TRUE, &line.aandeel) && ok;
  if (ok && line.aandeel == TAFEL_DECIMAL_NONE)
    {
      _tafel_import_add_error (r->self, r->name, r->row, COL (TAFEL_UITVRAAG_MIX_AANDEEL),
                               _("%s, row %u: give the share of this function in percent."), r->name, r->row);
      ok = FALSE;
    }

  if (!g_hash_table_contains (mixen, &dp_id))
    {
      gint64 *key = g_new (gint64, 1);

      *key = dp_id;
      mix = g_new0 (ImportMix, 1);
      mix->deelproduct_id = dp_id;
      mix->lines = g_array_new (FALSE, FALSE, sizeof (TafelMixInvoer));
      mix->herkomst = g_ptr_array_new_with_free_func (g_free);
      mix->rows = g_array_new (FALSE, FALSE, sizeof (guint32));
      g_hash_table_insert (mixen, key, mix);
    }
  mix = g_hash_table_lookup (mixen, &dp_id);
  if (mix == NULL)
    return;   /* already broken */
  if (!ok)
    {
      g_hash_table_insert (mixen, g_memdup2 (&dp_id, sizeof dp_id), NULL);
      return;
    }
  line.functieprofiel_id = tafel_entity_get_id (TAFEL_ENTITY (functie));
  line.tijdsoort = line.tijdsoort != NULL ? line.tijdsoort : "direct";
  for (guint i = 0; i < mix->lines->len; i++)
    {
      TafelMixInvoer *other = &g_array_index (mix->lines, TafelMixInvoer, i);

      if (other->functieprofiel_id == line.functieprofiel_id && g_str_equal (other->tijdsoort, line.tijdsoort))
        {
          _tafel_import_add_error (r->self, r->name, r->row, COL (TAFEL_UITVRAAG_MIX_FUNCTIE),
                                   _("%s, row %u: %s is in row %u already, for the same kind of time."),
                                   r->name, r->row, functie_name, g_array_index (mix->rows, guint32, i));
          g_hash_table_insert (mixen, g_memdup2 (&dp_id, sizeof dp_id), NULL);
          return;
        }
    }
  g_array_append_val (mix->lines, line);
  g_ptr_array_add (mix->herkomst, _tafel_import_dup_herkomst (r));
  g_array_append_val (mix->rows, r->row);
}

/* Keeps the mixes that add up; the others become one error each. */
void
_tafel_import_check_mixen (TafelUitvraagImport *self,
                           ImportContext       *context,
                           GHashTable          *mixen)
{
  for (guint i = 0; i < context->deelproducten->len; i++)
    {
      gint64 dp_id = tafel_entity_get_id (context->deelproducten->pdata[i]);
      ImportMix *mix;
      g_autoptr(GError) error = NULL;

      if (!g_hash_table_lookup_extended (mixen, &dp_id, NULL, (gpointer *) &mix))
        continue;
      if (mix == NULL)
        {
          _tafel_import_add_error (self, TAFEL_UITVRAAG_SHEET_MIX, 0, 0,
                                   _("%s, %s: the function mix is not read because of the errors above."),
                                   TAFEL_UITVRAAG_SHEET_MIX,
                                   tafel_deelproduct_get_name (context->deelproducten->pdata[i]));
          continue;
        }
      if (!tafel_mix_check ((TafelMixInvoer *) mix->lines->data, mix->lines->len, &error))
        {
          guint32 first = g_array_index (mix->rows, guint32, 0);
          guint32 last = g_array_index (mix->rows, guint32, mix->rows->len - 1);
          const char *message = error->message;

          /* the check speaks of the sheet itself: say it once */
          if (g_str_has_prefix (message, TAFEL_UITVRAAG_SHEET_MIX ": "))
            message += strlen (TAFEL_UITVRAAG_SHEET_MIX ": ");
          _tafel_import_add_error (self, TAFEL_UITVRAAG_SHEET_MIX, first, 0, _("%s, rows %u–%u (%s): %s"),
                                   TAFEL_UITVRAAG_SHEET_MIX, MIN (first, last), MAX (first, last),
                                   tafel_deelproduct_get_name (context->deelproducten->pdata[i]), message);
          continue;
        }
      {
        gpointer key;

        g_hash_table_steal_extended (mixen, &dp_id, &key, NULL);
        g_free (key);
      }
      g_ptr_array_add (self->mixen, mix);
    }
}

void
_tafel_import_read_groep_row (Reading    *r,
                              GHashTable *seen)
{
  static const int inputs[] = {
    TAFEL_UITVRAAG_GROEP_JEUGDIGEN, TAFEL_UITVRAAG_GROEP_BEZETTING, TAFEL_UITVRAAG_GROEP_UREN,
    TAFEL_UITVRAAG_GROEP_PER_WEEK, TAFEL_UITVRAAG_GROEP_DIRECT, TAFEL_UITVRAAG_GROEP_INDIRECT, -1
  };
  static const struct { guint col; const char *label; gint64 min, max; gboolean percent; } velden[TAFEL_N_GROEP] = {
    { TAFEL_UITVRAAG_GROEP_JEUGDIGEN, N_("youths per group"), 100, 10000, FALSE },
    { TAFEL_UITVRAAG_GROEP_BEZETTING, N_("expected occupancy"), 100, 10000, TRUE },
    { TAFEL_UITVRAAG_GROEP_UREN, N_("hours per meeting"), 0, 2400, FALSE },
    { TAFEL_UITVRAAG_GROEP_PER_WEEK, N_("meetings per week"), 0, 2100, FALSE },
    { TAFEL_UITVRAAG_GROEP_DIRECT, N_("direct staff per group"), 0, 10000, FALSE },
    { TAFEL_UITVRAAG_GROEP_INDIRECT, N_("indirect staff per group"), 0, 10000, FALSE },
  };
  ImportGroep g = { 0 };
  TafelDeelproduct *dp;
  gboolean ok = TRUE;

  if (_tafel_import_row_is_empty (r, inputs))
    return;
  dp = _tafel_import_read_deelproduct (r, TAFEL_UITVRAAG_GROEP_DEELPRODUCT, TAFEL_UITVRAAG_GROEP_SLEUTEL, FALSE, NULL, NULL);
  if (dp == NULL)
    return;
  g.deelproduct_id = tafel_entity_get_id (TAFEL_ENTITY (dp));
  if (!g_hash_table_add (seen, g_memdup2 (&g.deelproduct_id, sizeof (gint64))))
    {
      _tafel_import_add_error (r->self, r->name, r->row, 0,
                               _("%s, row %u: %s appears in an earlier row too; only the first counts."),
                               r->name, r->row, tafel_deelproduct_get_name (dp));
      return;
    }
  for (guint i = 0; i < TAFEL_N_GROEP; i++)
    ok = _tafel_import_read_decimal (r, velden[i].col, _(velden[i].label), velden[i].min, velden[i].max,
                       velden[i].percent, &g.values[i]) && ok;
  if (!ok)
    return;
  g.herkomst = _tafel_import_dup_herkomst (r);
  g_array_append_val (r->self->groepen, g);
}
