/* tafel-voorstel-util.c: what the widgets of the Proposals page share */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "tafel-besluit.h"
#include "tafel-decimal.h"
#include "tafel-voorstel-util.h"

/* Whether @entity (an intensiteit, mixregel or groepsparameters row)
 * belongs to the key: a decision (organisation 0) has no session. */
gboolean
tafel_voorstel_matches (gpointer entity,
                        gint64   deelproduct_id,
                        gint64   organisatie_id,
                        gint64   sessie_id)
{
  TafelEntity *e = entity;

  if (tafel_entity_get_int (e, "deelproduct_id") != deelproduct_id ||
      tafel_entity_get_int (e, "organisatie_id") != organisatie_id)
    return FALSE;

  return organisatie_id == 0 || tafel_entity_get_int (e, "sessie_id") == sessie_id;
}

/* The first row of @type under the key (and of level @niveau, for the
 * intensity), or NULL. Borrowed from the model. */
gpointer
tafel_voorstel_find (TafelTrajectModel *model,
                     GType              type,
                     gint64             deelproduct_id,
                     gint64             organisatie_id,
                     gint64             sessie_id,
                     const char        *niveau)
{
  GListModel *list;
  guint n;

  if (model == NULL || deelproduct_id == 0)
    return NULL;

  list = tafel_traject_model_get_list (model, type);
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TafelEntity) e = g_list_model_get_item (list, i);

      if (!tafel_voorstel_matches (e, deelproduct_id, organisatie_id, sessie_id))
        continue;
      if (niveau != NULL && g_strcmp0 (tafel_entity_get_string (e, "niveau"), niveau) != 0)
        continue;

      return tafel_traject_model_lookup (model, type, tafel_entity_get_id (e));
    }

  return NULL;
}

/* "2,5"; "" for nothing. */
char *
tafel_voorstel_format (gint64 value)
{
  return value == TAFEL_DECIMAL_NONE ? g_strdup ("") : tafel_decimal_format (value);
}

/* Reads a Dutch number; an empty text is TAFEL_DECIMAL_NONE. */
gboolean
tafel_voorstel_parse (const char  *label,
                      const char  *text,
                      gint64      *out,
                      GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));

  if (*stripped == '\0')
    {
      *out = TAFEL_DECIMAL_NONE;
      return TRUE;
    }

  return tafel_decimal_parse (label, stripped, out, error);
}

/* Stores the hours and duration of one level under a key (organisation 0:
 * the decision), through tafel_intensiteit_put(); @row is the level's row
 * as stored, or NULL. Emptied numbers keep the reasons that were given. */
gboolean
tafel_voorstel_put_intensiteit (TafelTrajectModel  *model,
                                TafelDeelproduct   *deelproduct,
                                TafelIntensiteit   *row,
                                gint64              organisatie_id,
                                gint64              sessie_id,
                                const char         *niveau,
                                gint64              uren,
                                gint64              duur,
                                GError            **error)
{
  TafelStore *store = tafel_traject_model_get_store (model);

  if (uren == TAFEL_DECIMAL_NONE && duur == TAFEL_DECIMAL_NONE && row != NULL &&
      *tafel_intensiteit_get_toelichting (row) != '\0')
    {
      const char *columns[] = { "uren", "duur" };
      GValue values[2] = { G_VALUE_INIT, G_VALUE_INIT };
      gboolean ok;

      for (guint i = 0; i < 2; i++)
        {
          g_value_init (&values[i], G_TYPE_INT64);
          g_value_set_int64 (&values[i], TAFEL_DECIMAL_NONE);
        }
      ok = tafel_store_setv (store, row, 2, columns, values, error);
      g_value_unset (&values[0]);
      g_value_unset (&values[1]);
      return ok;
    }

  return tafel_intensiteit_put (store, deelproduct, organisatie_id, sessie_id, niveau, uren, duur, error);
}

/* The reasons to run over time of one level: kept in the level's row
 * (@row, or NULL when there is none yet), which is made when needed and
 * goes when nothing is left in it. */
gboolean
tafel_voorstel_put_toelichting (TafelTrajectModel  *model,
                                TafelIntensiteit   *row,
                                gint64              deelproduct_id,
                                gint64              organisatie_id,
                                gint64              sessie_id,
                                const char         *niveau,
                                const char         *text,
                                GError            **error)
{
  TafelStore *store = tafel_traject_model_get_store (model);
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autoptr(TafelIntensiteit) v = NULL;

  if (row != NULL)
    {
      if (*stripped == '\0' && tafel_intensiteit_get_uren (row) == TAFEL_DECIMAL_NONE &&
          tafel_intensiteit_get_duur (row) == TAFEL_DECIMAL_NONE)
        return tafel_store_delete (store, row, error);

      return tafel_store_set_string (store, row, "toelichting", stripped, error);
    }

  if (*stripped == '\0')
    return TRUE;

  v = tafel_intensiteit_new (tafel_traject_model_get_traject_id (model));
  g_object_set (v,
                "deelproduct-id", deelproduct_id,
                "organisatie-id", organisatie_id,
                "sessie-id", organisatie_id != 0 ? sessie_id : (gint64) 0,
                "bron", organisatie_id != 0 ? "voorstel" : "besluit",
                "niveau", niveau,
                "toelichting", stripped,
                NULL);
  return tafel_store_insert (store, v, error);
}

/* Beside a decided value: the median of the proposals, and how far the
 * decision departs from it ("+1,5 compared to the median (3)"). */
void
tafel_voorstel_show_median (GtkLabel *label,
                            gint64    median,
                            gint64    decided)
{
  g_autofree char *text = NULL;
  g_autofree char *shown = NULL;
  gboolean departs = FALSE;

  if (median == TAFEL_DECIMAL_NONE)
    text = g_strdup (_("No proposals"));
  else
    {
      shown = tafel_decimal_format (median);
      departs = decided != TAFEL_DECIMAL_NONE && decided != median;
      if (departs)
        {
          gint64 diff = decided - median;
          g_autofree char *number = tafel_decimal_format (diff);
          g_autofree char *signed_number = diff > 0 ? g_strconcat ("+", number, NULL) : g_strdup (number);

          /* Translators: beside a decided value: "+1,5 compared to the median (3)" */
          text = g_strdup_printf (_("%s compared to the median (%s)"), signed_number, shown);
        }
      else
        /* Translators: beside a decided value that equals the median, or is not set */
        text = g_strdup_printf (_("Median: %s"), shown);
    }

  gtk_label_set_text (label, text);
  if (departs)
    {
      gtk_widget_add_css_class (GTK_WIDGET (label), "warning");
      gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (label), "warning");
      gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
    }
}

/* The organisation named @name (ignoring case), or NULL. Borrowed. */
TafelOrganisatie *
tafel_voorstel_find_organisatie (TafelTrajectModel *model,
                                 const char        *name)
{
  g_autofree char *folded = NULL;
  GListModel *list;
  guint n;

  if (model == NULL || name == NULL || *name == '\0')
    return NULL;

  folded = g_utf8_casefold (name, -1);
  list = tafel_traject_model_get_list (model, TAFEL_TYPE_ORGANISATIE);
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TafelOrganisatie) org = g_list_model_get_item (list, i);
      g_autofree char *other = g_utf8_casefold (tafel_organisatie_get_name (org), -1);

      if (g_str_equal (folded, other))
        return tafel_traject_model_lookup (model, TAFEL_TYPE_ORGANISATIE, tafel_entity_get_id (TAFEL_ENTITY (org)));
    }

  return NULL;
}

