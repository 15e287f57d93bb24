/* tafel-tarief-prijsregel.c: one line of the table of prices */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "tafel-decimal.h"
#include "tafel-tarief-prijsregel.h"

/* Wide enough for "€ 12.345,67". */
#define CELL_WIDTH_CHARS 11
#define NAME_WIDTH_CHARS 14

struct _TafelTariefPrijsregel
{
  GtkBox            parent_instance;

  TafelDeelproduct *deelproduct;   /* NULL in the header */
  GtkWidget        *cells[TAFEL_TARIEF_N_KOLOMMEN];   /* the box of a column */
  GtkWidget        *prices[TAFEL_TARIEF_N_KOLOMMEN];  /* the price, or the column's title */
  GtkWidget        *hours[TAFEL_TARIEF_N_KOLOMMEN];   /* the caption below it */
  GtkWidget        *probleem;                         /* in place of the prices */
  char             *description;                      /* all of it, for a screen reader */
};

G_DEFINE_FINAL_TYPE (TafelTariefPrijsregel, tafel_tarief_prijsregel, GTK_TYPE_BOX)

static GtkWidget *
new_cell_label (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_label_set_width_chars (GTK_LABEL (label), CELL_WIDTH_CHARS);
  gtk_widget_add_css_class (label, css_class);
  return label;
}

static gboolean
is_niveau (TafelTariefKolom kolom)
{
  return kolom >= TAFEL_TARIEF_KOLOM_LICHT && kolom <= TAFEL_TARIEF_KOLOM_INTENSIEF;
}

static const char *
niveau_label (TafelTariefKolom kolom)
{
  return _(tafel_niveaus[kolom - TAFEL_TARIEF_KOLOM_LICHT].label);
}

static void
label_header (TafelTariefPrijsregel *self)
{
  for (guint c = 0; c < TAFEL_TARIEF_N_KOLOMMEN; c++)
    {
      const char *title = c == TAFEL_TARIEF_KOLOM_UURPRIJS ? _("Per hour")
                        : c == TAFEL_TARIEF_KOLOM_GROEP ? _("Group")
                        : niveau_label (c);
      const char *caption = c == TAFEL_TARIEF_KOLOM_UURPRIJS ? _("direct time")
                          : c == TAFEL_TARIEF_KOLOM_GROEP ? _("per client per hour")
                          : _("whole trajectory");

      gtk_label_set_label (GTK_LABEL (self->prices[c]), title);
      gtk_widget_add_css_class (self->prices[c], "heading");
      gtk_label_set_label (GTK_LABEL (self->hours[c]), caption);
      gtk_widget_set_visible (self->hours[c], TRUE);
    }
}

/* Fills one price column; appends what it says to @description. */
static void
show_cell (TafelTariefPrijsregel *self,
           TafelTariefKolom       c,
           const TafelKostprijs  *k,
           GString               *description)
{
  gboolean priced = k != NULL && k->probleem == NULL;
  double value = NAN;
  double uren = is_niveau (c) && k != NULL ? k->uren[c - TAFEL_TARIEF_KOLOM_LICHT] : NAN;
  g_autofree char *prijs = NULL;

  if (priced)
    value = c == TAFEL_TARIEF_KOLOM_UURPRIJS ? k->uurprijs
          : c == TAFEL_TARIEF_KOLOM_GROEP ? k->groep_per_client
          : k->prijs[c - TAFEL_TARIEF_KOLOM_LICHT];

  prijs = isnan (value) ? g_strdup ("—") : tafel_tarief_format_euro (value);
  gtk_label_set_label (GTK_LABEL (self->prices[c]), prijs);
  gtk_widget_set_tooltip_text (self->cells[c], NULL);
  gtk_widget_set_visible (self->hours[c], !isnan (uren));

  if (!isnan (uren))
    {
      g_autofree char *hours = tafel_decimal_format (tafel_decimal_from_double (uren));
      g_autofree char *caption = g_strdup_printf (_("%s hours"), hours);

      gtk_label_set_label (GTK_LABEL (self->hours[c]), caption);
      if (!isnan (value))
        {
          g_autofree char *uurprijs = tafel_tarief_format_euro (k->uurprijs);
          /* Translators: a whole trajectory at a level: "Light: 78 hours × € 75,12 per hour = € 5.859,36" */
          g_autofree char *tip = g_strdup_printf (_("%s: %s hours × %s per hour = %s"),
                                                  niveau_label (c), hours, uurprijs, prijs);

          gtk_widget_set_tooltip_text (self->cells[c], tip);
          g_string_append_printf (description, "; %s", tip);
        }
    }
  else if (!isnan (value))
    g_string_append_printf (description, "; %s %s",
                            c == TAFEL_TARIEF_KOLOM_UURPRIJS ? _("per direct hour") : _("per client per group hour"),
                            prijs);
}

static void
tafel_tarief_prijsregel_dispose (GObject *object)
{
  TafelTariefPrijsregel *self = TAFEL_TARIEF_PRIJSREGEL (object);

  g_clear_object (&self->deelproduct);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (tafel_tarief_prijsregel_parent_class)->dispose (object);
}

static void
tafel_tarief_prijsregel_class_init (TafelTariefPrijsregelClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = tafel_tarief_prijsregel_dispose;
}

static void
tafel_tarief_prijsregel_init (TafelTariefPrijsregel *self)
{
  gtk_box_set_spacing (GTK_BOX (self), 12);
  gtk_widget_set_margin_start (GTK_WIDGET (self), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self), 8);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self), 8);
}

/* A line for @deelproduct, or with NULL the header of the table. */
GtkWidget *
tafel_tarief_prijsregel_new (TafelDeelproduct *deelproduct,
                             GtkSizeGroup     *columns)
{
  TafelTariefPrijsregel *self = g_object_new (TAFEL_TYPE_TARIEF_PRIJSREGEL, NULL);
  GtkWidget *name = gtk_label_new (deelproduct ? tafel_deelproduct_get_name (deelproduct) : _("Deelproduct"));
  GtkWidget *prices = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  g_return_val_if_fail (deelproduct == NULL || TAFEL_IS_DEELPRODUCT (deelproduct), NULL);
  g_return_val_if_fail (GTK_IS_SIZE_GROUP (columns), NULL);

  self->deelproduct = deelproduct ? g_object_ref (deelproduct) : NULL;
  self->description = g_strdup ("");

  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_xalign (GTK_LABEL (name), 0.0);
  gtk_label_set_width_chars (GTK_LABEL (name), NAME_WIDTH_CHARS);
  gtk_label_set_max_width_chars (GTK_LABEL (name), 40);
  gtk_widget_set_hexpand (name, TRUE);
  if (deelproduct != NULL)
    g_object_bind_property (deelproduct, "name", name, "label", G_BINDING_DEFAULT);
  else
    gtk_widget_add_css_class (name, "heading");
  gtk_box_append (GTK_BOX (self), name);
  gtk_box_append (GTK_BOX (self), prices);
  gtk_size_group_add_widget (columns, prices);

  for (guint c = 0; c < TAFEL_TARIEF_N_KOLOMMEN; c++)
    {
      self->cells[c] = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      gtk_widget_set_valign (self->cells[c], GTK_ALIGN_CENTER);
      self->prices[c] = new_cell_label ("numeric");
      self->hours[c] = new_cell_label ("caption");
      gtk_widget_add_css_class (self->hours[c], "dim-label");
      gtk_widget_set_visible (self->hours[c], FALSE);
      gtk_widget_set_visible (self->cells[c], c == TAFEL_TARIEF_KOLOM_UURPRIJS);
      gtk_box_append (GTK_BOX (self->cells[c]), self->prices[c]);
      gtk_box_append (GTK_BOX (self->cells[c]), self->hours[c]);
      gtk_box_append (GTK_BOX (prices), self->cells[c]);
    }

  self->probleem = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->probleem), TRUE);
  /* As wide as it may be, so that every line gives it the same room. */
  gtk_label_set_width_chars (GTK_LABEL (self->probleem), 30);
  gtk_label_set_max_width_chars (GTK_LABEL (self->probleem), 30);
  gtk_label_set_xalign (GTK_LABEL (self->probleem), 0.0);
  gtk_widget_add_css_class (self->probleem, "dim-label");
  gtk_widget_set_visible (self->probleem, FALSE);
  gtk_box_append (GTK_BOX (prices), self->probleem);

  if (deelproduct == NULL)
    label_header (self);

  return GTK_WIDGET (self);
}

TafelDeelproduct *
tafel_tarief_prijsregel_get_deelproduct (TafelTariefPrijsregel *self)
{
  g_return_val_if_fail (TAFEL_IS_TARIEF_PRIJSREGEL (self), NULL);
  return self->deelproduct;
}

/* Shows the prices of @kostprijs (NULL: not computed, e.g. the database
 * failed) in the columns that are @visible; the header only follows
 * @visible. */
void
tafel_tarief_prijsregel_show (TafelTariefPrijsregel *self,
                              const TafelKostprijs  *kostprijs,
                              const gboolean         visible[TAFEL_TARIEF_N_KOLOMMEN])
{
  gboolean probleem = kostprijs != NULL && kostprijs->probleem != NULL;
  GString *description;

  g_return_if_fail (TAFEL_IS_TARIEF_PRIJSREGEL (self));

  for (guint c = 0; c < TAFEL_TARIEF_N_KOLOMMEN; c++)
    gtk_widget_set_visible (self->cells[c], visible[c] && !probleem);

  if (self->deelproduct == NULL)
    return;

  description = g_string_new (tafel_deelproduct_get_name (self->deelproduct));
  for (guint c = 0; c < TAFEL_TARIEF_N_KOLOMMEN; c++)
    show_cell (self, c, kostprijs, description);

  gtk_label_set_label (GTK_LABEL (self->probleem), probleem ? kostprijs->probleem : "");
  gtk_widget_set_visible (self->probleem, probleem);
  if (probleem)
    g_string_append_printf (description, ": %s", kostprijs->probleem);

  g_free (self->description);
  self->description = g_string_free (description, FALSE);
}

/* The price in column @kolom (or with @hours, the hours of the trajectory
 * below it), or NULL when that is not shown. */
const char *
tafel_tarief_prijsregel_get_text (TafelTariefPrijsregel *self,
                                  TafelTariefKolom       kolom,
                                  gboolean               hours)
{
  GtkWidget *label;

  g_return_val_if_fail (TAFEL_IS_TARIEF_PRIJSREGEL (self), NULL);
  g_return_val_if_fail (kolom < TAFEL_TARIEF_N_KOLOMMEN, NULL);

  label = hours ? self->hours[kolom] : self->prices[kolom];
  if (!gtk_widget_get_visible (self->cells[kolom]) || !gtk_widget_get_visible (label))
    return NULL;
  return gtk_label_get_label (GTK_LABEL (label));
}

/* Why there are no prices, or NULL when they are shown. */
const char *
tafel_tarief_prijsregel_get_probleem (TafelTariefPrijsregel *self)
{
  g_return_val_if_fail (TAFEL_IS_TARIEF_PRIJSREGEL (self), NULL);
  return gtk_widget_get_visible (self->probleem) ? gtk_label_get_label (GTK_LABEL (self->probleem)) : NULL;
}

/* The name and every price shown, as one sentence for a screen reader. */
const char *
tafel_tarief_prijsregel_get_description (TafelTariefPrijsregel *self)
{
  g_return_val_if_fail (TAFEL_IS_TARIEF_PRIJSREGEL (self), NULL);
  return self->description;
}
