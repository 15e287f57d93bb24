/* test-sessies-deelnemers.c: the Sessies and the Deelnemers page, driven
 * through their real widgets
 *
 * Each page lives in a window whose child is a toast overlay, on a traject
 * made from the "segment veel voorkomend" template (seven question blocks,
 * one session). Edits go in the way people make them: text typed into a
 * row and applied (Enter, the apply button, focus leaving), checks
 * toggled, buttons clicked, the Undo button of a toast pressed; the store
 * is then asked what it holds.
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "tafel-date-row.h"
#include "tafel-deelnemer-row.h"
#include "tafel-deelnemers-page.h"
#include "tafel-field-binding.h"
#include "tafel-sessie-row.h"
#include "tafel-sessies-page.h"
#include "tafel-test-util.h"

typedef struct {
  char              *dir;
  TafelStore        *store;
  TafelTraject      *traject;
  gint64             traject_id;
  TafelTrajectModel *model;
  GtkWindow         *window;
  GtkWidget         *overlay;
  GtkWidget         *page;
  gboolean           closed;
} Fixture;

static void
iterate (void)
{
  for (guint i = 0; i < 1000 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gboolean deelnemers = GPOINTER_TO_INT (data);

  f->dir = tafel_test_make_tmpdir ();
  f->store = tafel_test_open_store (f->dir, "store.db");
  f->traject = tafel_test_create_traject (f->store, "segment-veel-voorkomend", "Inkoop 2027");
  f->traject_id = tafel_entity_get_id (TAFEL_ENTITY (f->traject));
  f->model = tafel_traject_model_new (f->store, f->traject_id, &error);
  g_assert_no_error (error);

  f->page = g_object_ref (deelnemers ? tafel_deelnemers_page_new () : tafel_sessies_page_new ());
  g_object_set (f->page, "model", f->model, NULL);

  f->overlay = adw_toast_overlay_new ();
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (f->overlay), f->page);
  f->window = GTK_WINDOW (g_object_ref (gtk_window_new ()));
  gtk_window_set_default_size (f->window, 1100, 800);
  gtk_window_set_child (f->window, f->overlay);
  gtk_window_present (f->window);
  iterate ();
}

static void
close_window (Fixture *f)
{
  if (!f->closed)
    gtk_window_destroy (f->window);
  f->closed = TRUE;
  iterate ();
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  close_window (f);

  /* Nothing (rows, bindings, undo toasts) keeps anything alive. */
  g_assert_finalize_object (f->window);
  g_assert_finalize_object (f->page);
  g_assert_finalize_object (f->model);
  g_clear_object (&f->traject);
  g_assert_finalize_object (f->store);
  tafel_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* Types @text into an entry row and presses its apply button. */
static void
type_and_apply (GtkWidget  *row,
                const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (row, "apply");
  iterate ();
}

static GtkWidget *
find_button_with_label (GtkWidget  *widget,
                        const char *label)
{
  GtkWidget *found = NULL;

  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0 &&
      gtk_widget_get_mapped (widget))
    found = widget;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *in_child = find_button_with_label (c, label);
      if (in_child != NULL)
        found = in_child;   /* the newest toast comes last */
    }

  return found;
}

/* Presses the Undo button of the toast shown last. */
static void
press_undo (Fixture *f)
{
  GtkWidget *button;

  iterate ();
  button = find_button_with_label (f->overlay, "_Undo");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  iterate ();
}

/* Presses a key on @widget as its key controllers see it. */
static gboolean
press_key (GtkWidget       *widget,
           guint            keyval,
           GdkModifierType  state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (c))
        g_signal_emit_by_name (c, "key-pressed", keyval, 0, state, &handled);
    }

  iterate ();
  return handled;
}

static gpointer
nth_item (GListModel *list,
          guint       n)
{
  gpointer item = g_list_model_get_item (list, n);

  g_assert_nonnull (item);
  g_object_unref (item);   /* the model keeps it */
  return item;
}

static gint64
id_of (gpointer entity)
{
  return tafel_entity_get_id (TAFEL_ENTITY (entity));
}

static GArray *
get_agenda (Fixture     *f,
            TafelSessie *sessie)
{
  g_autoptr(GError) error = NULL;
  GArray *agenda = tafel_store_get_agenda (f->store, id_of (sessie), &error);

  g_assert_no_error (error);
  return agenda;
}

/* ---- Sessies ---------------------------------------------------------- */

static TafelSessiesPage *
sessies_page (Fixture *f)
{
  return TAFEL_SESSIES_PAGE (f->page);
}

static GtkWidget *
sessie_field (Fixture    *f,
              const char *column)
{
  GtkWidget *w = tafel_sessie_editor_get_field (tafel_sessies_page_get_editor (sessies_page (f)), column);

  g_assert_nonnull (w);
  return w;
}

/* Chooses @sessie in the list, as a click or the arrow keys do. */
static void
select_sessie_row (Fixture     *f,
                   TafelSessie *sessie)
{
  GtkListBox *list = tafel_sessies_page_get_list (sessies_page (f));
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    if (tafel_sessie_row_get_sessie (TAFEL_SESSIE_ROW (row)) == (gpointer) sessie)
      break;

  g_assert_nonnull (row);
  gtk_list_box_select_row (list, row);
  iterate ();
}

static TafelSessie *
add_sessie (Fixture *f)
{
  GListModel *sessies = tafel_traject_model_get_list (f->model, TAFEL_TYPE_SESSIE);
  guint before = g_list_model_get_n_items (sessies);
  TafelSessie *sessie;

  g_assert_true (gtk_widget_activate_action (f->page, "sessies.add", NULL));
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (sessies), ==, before + 1);

  sessie = tafel_sessies_page_get_current (sessies_page (f));
  g_assert_nonnull (sessie);
  return sessie;
}

static void
test_sessies_add_and_date (Fixture      *f,
                           gconstpointer data)
{
  GListModel *sessies = tafel_traject_model_get_list (f->model, TAFEL_TYPE_SESSIE);
  TafelSessie *first = nth_item (sessies, 0);
  TafelSessie *sessie;
  GtkWidget *date;
  GtkListBoxRow *selected;
  g_autoptr(GArray) agenda = NULL;

  /* The first session of the traject is shown at once. */
  g_assert_true (tafel_sessies_page_get_current (sessies_page (f)) == first);
  g_assert_cmpstr (tafel_sessies_page_get_visible_content (sessies_page (f)), ==, "sessie");

  /* Add session: "Session 2", every question block on its agenda, the
   * editor showing it with the name ready to be typed over. */
  sessie = add_sessie (f);
  g_assert_true (sessie != first);
  g_assert_cmpstr (tafel_sessie_get_name (sessie), ==, "Session 2");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sessie_field (f, "name"))), ==, "Session 2");
  agenda = get_agenda (f, sessie);
  g_assert_cmpuint (agenda->len, ==, 7);

  /* A date typed the Dutch way is stored in ISO form and shown again the
   * Dutch way; the dated session moves to the top of the list and stays
   * chosen. */
  date = sessie_field (f, "date");
  type_and_apply (date, "28-10-2026");
  g_assert_cmpstr (tafel_sessie_get_date (sessie), ==, "2026-10-28");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date)), ==, "28-10-2026");
  g_assert_false (gtk_widget_has_css_class (date, "error"));
  g_assert_true (nth_item (sessies, 0) == sessie);
  g_assert_true (tafel_sessies_page_get_current (sessies_page (f)) == sessie);
  selected = gtk_list_box_get_selected_row (tafel_sessies_page_get_list (sessies_page (f)));
  g_assert_nonnull (selected);
  g_assert_true (tafel_sessie_row_get_sessie (TAFEL_SESSIE_ROW (selected)) == (gpointer) sessie);

  /* The other ways people write a date. */
  type_and_apply (date, "2026-10-29");
  g_assert_cmpstr (tafel_sessie_get_date (sessie), ==, "2026-10-29");
  type_and_apply (date, "30/10/2026");
  g_assert_cmpstr (tafel_sessie_get_date (sessie), ==, "2026-10-30");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date)), ==, "30-10-2026");

  /* A date that does not exist is refused: the stored date stays, the
   * field shows it again and is marked, with the reason as tooltip. */
  type_and_apply (date, "31-02-2026");
  g_assert_cmpstr (tafel_sessie_get_date (sessie), ==, "2026-10-30");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date)), ==, "30-10-2026");
  g_assert_true (gtk_widget_has_css_class (date, "error"));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (date), "31-02-2026"));

  type_and_apply (date, "morgen");
  g_assert_cmpstr (tafel_sessie_get_date (sessie), ==, "2026-10-30");

  /* Typing again clears the mark; the hint comes back as tooltip. */
  gtk_editable_set_text (GTK_EDITABLE (date), "1-11-2026");
  g_assert_false (gtk_widget_has_css_class (date, "error"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (date), ==, "For example 28-10-2026");
  g_signal_emit_by_name (date, "apply");
  g_assert_cmpstr (tafel_sessie_get_date (sessie), ==, "2026-11-01");

  /* The calendar picks a date and stores it at once. */
  {
    g_autoptr(GDateTime) day = g_date_time_new_local (2026, 11, 11, 0, 0, 0);
    gtk_calendar_select_day (tafel_date_row_get_calendar (TAFEL_DATE_ROW (date)), day);
    iterate ();
    g_assert_cmpstr (tafel_sessie_get_date (sessie), ==, "2026-11-11");
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date)), ==, "11-11-2026");
  }

  /* An empty date clears it: the session goes back to the end. */
  type_and_apply (date, "");
  g_assert_null (tafel_sessie_get_date (sessie));
  g_assert_true (nth_item (sessies, 1) == sessie);
  g_assert_true (tafel_sessies_page_get_current (sessies_page (f)) == sessie);

  /* A name may not be empty. */
  type_and_apply (sessie_field (f, "name"), "  ");
  g_assert_cmpstr (tafel_sessie_get_name (sessie), ==, "Session 2");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sessie_field (f, "name"))), ==, "Session 2");
  type_and_apply (sessie_field (f, "name"), "Sessie 2: visie");
  g_assert_cmpstr (tafel_sessie_get_name (sessie), ==, "Sessie 2: visie");
}

static void
test_sessies_times_and_deadline (Fixture      *f,
                                 gconstpointer data)
{
  TafelSessie *sessie = tafel_sessies_page_get_current (sessies_page (f));
  GtkWidget *start = sessie_field (f, "start_time");
  GtkWidget *end = sessie_field (f, "end_time");
  GtkWidget *deadline = sessie_field (f, "deadline");
  GtkWidget *theme = sessie_field (f, "theme");
  GtkWidget *location = sessie_field (f, "location");

  type_and_apply (start, "9:30");
  g_assert_cmpstr (tafel_sessie_get_start_time (sessie), ==, "09:30");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (start)), ==, "09:30");
  type_and_apply (end, "14.00");
  g_assert_cmpstr (tafel_sessie_get_end_time (sessie), ==, "14:00");

  /* No 25 o'clock, and no end before the start. */
  type_and_apply (end, "25:00");
  g_assert_cmpstr (tafel_sessie_get_end_time (sessie), ==, "14:00");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (end)), ==, "14:00");
  g_assert_true (gtk_widget_has_css_class (end, "error"));
  type_and_apply (end, "08:00");
  g_assert_cmpstr (tafel_sessie_get_end_time (sessie), ==, "14:00");
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (end), "08:00"));
  type_and_apply (start, "15:00");
  g_assert_cmpstr (tafel_sessie_get_start_time (sessie), ==, "09:30");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (start)), ==, "09:30");

  /* The deadline for returns: a date and a time. */
  type_and_apply (deadline, "10-11-2026 12:00");
  g_assert_cmpstr (tafel_sessie_get_deadline (sessie), ==, "2026-11-10T12:00");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (deadline)), ==, "10-11-2026 12:00");
  type_and_apply (deadline, "10-11-2026");
  g_assert_cmpstr (tafel_sessie_get_deadline (sessie), ==, "2026-11-10T12:00");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (deadline)), ==, "10-11-2026 12:00");
  g_assert_true (gtk_widget_has_css_class (deadline, "error"));

  /* Picking a day in the calendar keeps the time already there. */
  {
    g_autoptr(GDateTime) day = g_date_time_new_local (2026, 11, 12, 0, 0, 0);
    gtk_calendar_select_day (tafel_date_row_get_calendar (TAFEL_DATE_ROW (deadline)), day);
    iterate ();
    g_assert_cmpstr (tafel_sessie_get_deadline (sessie), ==, "2026-11-12T12:00");
  }

  /* Enter without the apply button (entry-activated) stores too. */
  gtk_editable_set_text (GTK_EDITABLE (theme), "Visie op jeugdhulp");
  g_signal_emit_by_name (theme, "entry-activated");
  g_assert_cmpstr (tafel_sessie_get_theme (sessie), ==, "Visie op jeugdhulp");

  /* Focus leaving a field stores it. */
  gtk_widget_grab_focus (location);
  gtk_editable_set_text (GTK_EDITABLE (location), "Stadhuis, zaal Magnifica");
  g_assert_true (tafel_field_binding_is_dirty (location));
  gtk_widget_grab_focus (theme);
  iterate ();
  g_assert_cmpstr (tafel_sessie_get_location (sessie), ==, "Stadhuis, zaal Magnifica");
  g_assert_false (tafel_field_binding_is_dirty (location));

  /* Escape would bring back the stored value: reset does what it does. */
  gtk_editable_set_text (GTK_EDITABLE (location), "Elders");
  tafel_field_binding_reset (location);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (location)), ==, "Stadhuis, zaal Magnifica");
  g_assert_cmpstr (tafel_sessie_get_location (sessie), ==, "Stadhuis, zaal Magnifica");

  /* What is typed but not applied is stored when another session is
   * chosen; the editor then shows that one. */
  {
    TafelSessie *first = sessie;
    TafelSessie *second = add_sessie (f);

    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (theme)), ==, "");
    gtk_editable_set_text (GTK_EDITABLE (theme), "Resultaat");
    select_sessie_row (f, first);
    g_assert_cmpstr (tafel_sessie_get_theme (second), ==, "Resultaat");
    g_assert_true (tafel_sessies_page_get_current (sessies_page (f)) == first);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (theme)), ==, "Visie op jeugdhulp");
  }
}

static void
test_sessies_agenda (Fixture      *f,
                     gconstpointer data)
{
  TafelSessie *sessie = tafel_sessies_page_get_current (sessies_page (f));
  TafelAgendaEditor *editor = tafel_sessie_editor_get_agenda_editor (tafel_sessies_page_get_editor (sessies_page (f)));
  GListModel *blocks = tafel_traject_model_get_list (f->model, TAFEL_TYPE_VRAAGBLOK);
  gint64 b[7];
  g_autoptr(GArray) agenda = NULL;
  g_autoptr(GArray) after_move = NULL;
  g_autoptr(GArray) after_check = NULL;
  GtkWidget *row;

  for (guint i = 0; i < 7; i++)
    b[i] = id_of (nth_item (blocks, i));

  /* Rows are numbered as in the traject: "5. Tijd …". */
  row = tafel_agenda_editor_get_row (editor, b[4]);
  g_assert_nonnull (row);
  g_assert_true (g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "5. "));

  /* The first block cannot move up, the last one not down. */
  g_assert_false (gtk_widget_get_sensitive (tafel_agenda_editor_get_move_button (editor, b[0], TRUE)));
  g_assert_false (gtk_widget_get_sensitive (tafel_agenda_editor_get_move_button (editor, b[6], FALSE)));

  /* Uncheck block 3: off the agenda at once. */
  gtk_check_button_set_active (tafel_agenda_editor_get_check (editor, b[2]), FALSE);
  iterate ();
  agenda = get_agenda (f, sessie);
  g_assert_cmpuint (agenda->len, ==, 6);
  for (guint i = 0; i < agenda->len; i++)
    g_assert_cmpint (g_array_index (agenda, gint64, i), !=, b[2]);

  /* A block off the agenda cannot be moved. */
  g_assert_false (gtk_widget_get_sensitive (tafel_agenda_editor_get_move_button (editor, b[2], TRUE)));
  g_assert_false (gtk_check_button_get_active (tafel_agenda_editor_get_check (editor, b[2])));

  /* Move block 5 up: it changes places with block 4. */
  g_signal_emit_by_name (tafel_agenda_editor_get_move_button (editor, b[4], TRUE), "clicked");
  iterate ();
  after_move = get_agenda (f, sessie);
  {
    const gint64 expected[] = { b[0], b[1], b[4], b[3], b[5], b[6] };

    g_assert_cmpuint (after_move->len, ==, G_N_ELEMENTS (expected));
    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      g_assert_cmpint (g_array_index (after_move, gint64, i), ==, expected[i]);
  }

  /* The rows follow the agenda, the unchecked block last. */
  g_assert_cmpint (gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (tafel_agenda_editor_get_row (editor, b[4]))), ==, 2);
  g_assert_cmpint (gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (tafel_agenda_editor_get_row (editor, b[2]))), ==, 6);

  /* Alt+Down on a row moves it down; plain Down is left to the list. */
  g_assert_false (press_key (tafel_agenda_editor_get_row (editor, b[0]), GDK_KEY_Down, 0));
  g_assert_true (press_key (tafel_agenda_editor_get_row (editor, b[0]), GDK_KEY_Down, GDK_ALT_MASK));
  {
    g_autoptr(GArray) after_key = get_agenda (f, sessie);

    g_assert_cmpint (g_array_index (after_key, gint64, 0), ==, b[1]);
    g_assert_cmpint (g_array_index (after_key, gint64, 1), ==, b[0]);
    g_assert_true (press_key (tafel_agenda_editor_get_row (editor, b[0]), GDK_KEY_Up, GDK_ALT_MASK));
  }
  {
    g_autoptr(GArray) back = get_agenda (f, sessie);
    g_assert_cmpint (g_array_index (back, gint64, 0), ==, b[0]);
  }

  /* Checking it again puts it at the end of the agenda. */
  gtk_check_button_set_active (tafel_agenda_editor_get_check (editor, b[2]), TRUE);
  iterate ();
  after_check = get_agenda (f, sessie);
  g_assert_cmpuint (after_check->len, ==, 7);
  g_assert_cmpint (g_array_index (after_check, gint64, 6), ==, b[2]);

  /* A change made elsewhere shows here (links-changed::agenda). */
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (tafel_store_set_agenda (f->store, sessie, &b[6], 1, &error));
    g_assert_no_error (error);
    iterate ();
    g_assert_true (gtk_check_button_get_active (tafel_agenda_editor_get_check (editor, b[6])));
    g_assert_false (gtk_check_button_get_active (tafel_agenda_editor_get_check (editor, b[0])));
    g_assert_cmpint (gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (tafel_agenda_editor_get_row (editor, b[6]))), ==, 0);
  }
}

static void
test_sessies_delete_undo (Fixture      *f,
                          gconstpointer data)
{
  g_autoptr(TafelGeeltje) geeltje = tafel_geeltje_new (f->traject_id);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) agenda = NULL;
  GListModel *sessies = tafel_traject_model_get_list (f->model, TAFEL_TYPE_SESSIE);
  TafelSessie *first = tafel_sessies_page_get_current (sessies_page (f));
  TafelSessie *second;

  type_and_apply (sessie_field (f, "date"), "28-10-2026");
  second = add_sessie (f);
  type_and_apply (sessie_field (f, "date"), "11-11-2026");

  /* A sticky note of the second session. */
  g_object_set (geeltje, "text", "Maak de doelgroep scherper", "sessie-id", id_of (second), NULL);
  g_assert_true (tafel_store_insert (f->store, geeltje, &error));
  g_assert_no_error (error);
  iterate ();

  /* The list counts the sticky notes of a session. */
  {
    GtkListBox *list = tafel_sessies_page_get_list (sessies_page (f));
    GtkListBoxRow *row = gtk_list_box_get_selected_row (list);

    g_assert_true (tafel_sessie_row_get_sessie (TAFEL_SESSIE_ROW (row)) == (gpointer) second);
    g_assert_cmpstr (tafel_sessie_row_get_count_text (TAFEL_SESSIE_ROW (row)), ==, "1 sticky note");
  }

  /* Delete in the list: the neighbour is chosen, the sticky note stays. */
  g_assert_true (press_key (GTK_WIDGET (tafel_sessies_page_get_list (sessies_page (f))), GDK_KEY_Delete, 0));
  g_assert_cmpuint (g_list_model_get_n_items (sessies), ==, 1);
  g_assert_true (tafel_sessies_page_get_current (sessies_page (f)) == first);
  g_assert_nonnull (tafel_traject_model_lookup (f->model, TAFEL_TYPE_GEELTJE, id_of (geeltje)));
  g_assert_cmpint (tafel_geeltje_get_sessie_id (geeltje), ==, id_of (second));

  /* Undo brings it back, with its agenda, and shows it. */
  press_undo (f);
  g_assert_cmpuint (g_list_model_get_n_items (sessies), ==, 2);
  g_assert_true (tafel_sessies_page_get_current (sessies_page (f)) == second);
  agenda = get_agenda (f, second);
  g_assert_cmpuint (agenda->len, ==, 7);

  /* Deleting every session shows the empty state, which says what to do. */
  g_assert_true (gtk_widget_activate_action (f->page, "sessies.delete", NULL));
  g_assert_true (gtk_widget_activate_action (f->page, "sessies.delete", NULL));
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (sessies), ==, 0);
  g_assert_null (tafel_sessies_page_get_current (sessies_page (f)));
  g_assert_cmpstr (tafel_sessies_page_get_visible_content (sessies_page (f)), ==, "empty");
  gtk_widget_activate_action (f->page, "sessies.delete", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (sessies), ==, 0);

  /* Undo of the last delete brings back the first session. */
  press_undo (f);
  g_assert_cmpuint (g_list_model_get_n_items (sessies), ==, 1);
  g_assert_true (tafel_sessies_page_get_current (sessies_page (f)) == first);
  g_assert_cmpstr (tafel_sessies_page_get_visible_content (sessies_page (f)), ==, "sessie");
}

static void
test_sessies_vraagblokken (Fixture      *f,
                           gconstpointer data)
{
  TafelVraagblokkenEditor *editor = tafel_sessies_page_get_vraagblokken_editor (sessies_page (f));
  GListModel *blocks = tafel_traject_model_get_list (f->model, TAFEL_TYPE_VRAAGBLOK);
  TafelVraagblok *first = nth_item (blocks, 0);
  TafelVraagblok *second = nth_item (blocks, 1);
  TafelVraagblok *added;
  GtkWidget *title, *questions, *row;
  GtkTextBuffer *buffer;

  /* The "Question blocks" row shows the editor. */
  gtk_list_box_select_row (GTK_LIST_BOX (gtk_widget_get_parent (tafel_sessies_page_get_vraagblokken_row (sessies_page (f)))),
                           GTK_LIST_BOX_ROW (tafel_sessies_page_get_vraagblokken_row (sessies_page (f))));
  iterate ();
  g_assert_cmpstr (tafel_sessies_page_get_visible_content (sessies_page (f)), ==, "vraagblokken");

  /* Edit a title; an empty one is refused. */
  title = tafel_vraagblokken_editor_get_field (editor, id_of (first), "title");
  type_and_apply (title, "Product & perceel");
  g_assert_cmpstr (tafel_vraagblok_get_title (first), ==, "Product & perceel");
  row = tafel_vraagblokken_editor_get_row (editor, id_of (first));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "1. Product &amp; perceel");
  type_and_apply (title, "");
  g_assert_cmpstr (tafel_vraagblok_get_title (first), ==, "Product & perceel");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "Product & perceel");

  /* The questions, in a text view stored on Ctrl+Enter or focus leaving. */
  questions = tafel_vraagblokken_editor_get_field (editor, id_of (first), "questions");
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (questions));
  gtk_text_buffer_set_text (buffer, "Hoe vullen we het perceel in?\nWat hoort erbij?", -1);
  g_assert_true (tafel_field_binding_apply (questions));
  g_assert_cmpstr (tafel_vraagblok_get_questions (first), ==, "Hoe vullen we het perceel in?\nWat hoort erbij?");

  /* Move the second block up: the traject's order changes. */
  g_signal_emit_by_name (tafel_vraagblokken_editor_get_button (editor, id_of (second), "up"), "clicked");
  iterate ();
  g_assert_true (nth_item (blocks, 0) == second);
  g_assert_true (nth_item (blocks, 1) == first);
  g_assert_cmpint (tafel_vraagblok_get_position (second), <, tafel_vraagblok_get_position (first));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "2. Product &amp; perceel");
  /* The row and what is in it were kept, not rebuilt. */
  g_assert_true (tafel_vraagblokken_editor_get_row (editor, id_of (first)) == row);
  g_assert_true (tafel_vraagblokken_editor_get_field (editor, id_of (first), "questions") == questions);

  /* Alt+Up on the row moves it back. */
  g_assert_true (press_key (row, GDK_KEY_Up, GDK_ALT_MASK));
  g_assert_true (nth_item (blocks, 0) == first);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "1. Product &amp; perceel");

  /* Add a block by typing its title. */
  type_and_apply (tafel_vraagblokken_editor_get_add_row (editor), "Onderwerpen voor de volgende sessie");
  g_assert_cmpuint (g_list_model_get_n_items (blocks), ==, 8);
  added = nth_item (blocks, 7);
  g_assert_cmpstr (tafel_vraagblok_get_title (added), ==, "Onderwerpen voor de volgende sessie");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (tafel_vraagblokken_editor_get_add_row (editor))), ==, "");
  g_assert_nonnull (tafel_vraagblokken_editor_get_row (editor, id_of (added)));

  /* An empty title adds nothing. */
  type_and_apply (tafel_vraagblokken_editor_get_add_row (editor), "   ");
  g_assert_cmpuint (g_list_model_get_n_items (blocks), ==, 8);

  /* Delete with undo. */
  g_signal_emit_by_name (tafel_vraagblokken_editor_get_button (editor, id_of (added), "delete"), "clicked");
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (blocks), ==, 7);
  g_assert_null (tafel_vraagblokken_editor_get_row (editor, id_of (added)));
  press_undo (f);
  g_assert_cmpuint (g_list_model_get_n_items (blocks), ==, 8);
  g_assert_nonnull (tafel_vraagblokken_editor_get_row (editor, id_of (added)));

  /* A session chosen again shows its editor. */
  gtk_list_box_select_row (tafel_sessies_page_get_list (sessies_page (f)),
                           gtk_list_box_get_row_at_index (tafel_sessies_page_get_list (sessies_page (f)), 0));
  iterate ();
  g_assert_cmpstr (tafel_sessies_page_get_visible_content (sessies_page (f)), ==, "sessie");
}

/* Closing the window stores what was typed and not applied, and wipes
 * nothing that was stored. */
static void
test_sessies_close_keeps_data (Fixture      *f,
                               gconstpointer data)
{
  TafelSessie *sessie = g_object_ref (tafel_sessies_page_get_current (sessies_page (f)));
  TafelVraagblok *block = g_object_ref (nth_item (tafel_traject_model_get_list (f->model, TAFEL_TYPE_VRAAGBLOK), 0));
  g_autofree char *questions = g_strdup (tafel_vraagblok_get_questions (block));

  type_and_apply (sessie_field (f, "theme"), "Visie");
  type_and_apply (sessie_field (f, "date"), "28-10-2026");
  gtk_editable_set_text (GTK_EDITABLE (sessie_field (f, "location")), "Stadhuis");
  g_assert_cmpstr (questions, !=, "");

  close_window (f);

  g_assert_cmpstr (tafel_sessie_get_location (sessie), ==, "Stadhuis");
  g_assert_cmpstr (tafel_sessie_get_theme (sessie), ==, "Visie");
  g_assert_cmpstr (tafel_sessie_get_date (sessie), ==, "2026-10-28");
  g_assert_cmpstr (tafel_sessie_get_name (sessie), ==, "Session 1");
  g_assert_cmpstr (tafel_vraagblok_get_questions (block), ==, questions);
  g_object_unref (block);
  g_object_unref (sessie);
}

static void
test_sessies_no_model (void)
{
  GtkWidget *page = g_object_ref_sink (tafel_sessies_page_new ());

  /* Without a traject nothing can be added, and the empty state shows. */
  g_assert_cmpstr (tafel_sessies_page_get_visible_content (TAFEL_SESSIES_PAGE (page)), ==, "empty");
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (gtk_widget_get_template_child (page, TAFEL_TYPE_SESSIES_PAGE,
                                                                                      "add_button"))));
  gtk_widget_activate_action (page, "sessies.add", NULL);
  g_assert_null (tafel_sessies_page_get_current (TAFEL_SESSIES_PAGE (page)));
  g_assert_finalize_object (page);
}

/* ---- Deelnemers ------------------------------------------------------- */

static TafelDeelnemersPage *
deelnemers_page (Fixture *f)
{
  return TAFEL_DEELNEMERS_PAGE (f->page);
}

static GtkWidget *
deelnemer_field (Fixture    *f,
                 const char *column)
{
  GtkWidget *w = tafel_deelnemer_editor_get_field (tafel_deelnemers_page_get_editor (deelnemers_page (f)), column);

  g_assert_nonnull (w);
  return w;
}

static TafelDeelnemer *
add_deelnemer (Fixture    *f,
               const char *name)
{
  GtkWidget *entry = tafel_deelnemers_page_get_add_entry (deelnemers_page (f));
  TafelDeelnemer *d;

  gtk_editable_set_text (GTK_EDITABLE (entry), name);
  g_signal_emit_by_name (entry, "activate");
  iterate ();

  d = tafel_deelnemers_page_get_current (deelnemers_page (f));
  g_assert_nonnull (d);
  g_assert_cmpstr (tafel_deelnemer_get_name (d), ==, name);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  return d;
}

static gboolean
is_present (Fixture        *f,
            TafelDeelnemer *d,
            TafelSessie    *s)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) pairs = tafel_store_get_attendance (f->store, f->traject_id, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < pairs->len; i++)
    {
      TafelAttendance *a = &g_array_index (pairs, TafelAttendance, i);
      if (a->deelnemer_id == id_of (d) && a->sessie_id == id_of (s))
        return TRUE;
    }

  return FALSE;
}

static void
test_deelnemers_add_and_edit (Fixture      *f,
                              gconstpointer data)
{
  GListModel *deelnemers = tafel_traject_model_get_list (f->model, TAFEL_TYPE_DEELNEMER);
  GListModel *orgs = tafel_traject_model_get_list (f->model, TAFEL_TYPE_ORGANISATIE);
  TafelSessie *sessie = nth_item (tafel_traject_model_get_list (f->model, TAFEL_TYPE_SESSIE), 0);
  TafelDeelnemerEditor *editor = tafel_deelnemers_page_get_editor (deelnemers_page (f));
  TafelDeelnemer *anna, *bert;
  TafelOrganisatie *org;
  GtkWidget *org_row, *advies;
  GtkCheckButton *present;
  GtkTextBuffer *buffer;

  /* Nobody yet: the empty state says how to add someone; an empty add
   * field adds nobody. */
  g_assert_cmpstr (tafel_deelnemers_page_get_visible_content (deelnemers_page (f)), ==, "empty");
  g_signal_emit_by_name (tafel_deelnemers_page_get_add_entry (deelnemers_page (f)), "activate");
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (deelnemers), ==, 0);

  /* Type a name and press Enter. */
  anna = add_deelnemer (f, "Anna de Vries");
  g_assert_cmpuint (g_list_model_get_n_items (deelnemers), ==, 1);
  g_assert_cmpstr (tafel_deelnemers_page_get_visible_content (deelnemers_page (f)), ==, "deelnemer");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (deelnemer_field (f, "name"))), ==, "Anna de Vries");

  /* A new organisation name creates the organisation and links it. */
  org_row = deelnemer_field (f, "organisatie_id");
  type_and_apply (org_row, "Zorggroep Noord");
  g_assert_cmpuint (g_list_model_get_n_items (orgs), ==, 1);
  org = nth_item (orgs, 0);
  g_assert_cmpstr (tafel_organisatie_get_name (org), ==, "Zorggroep Noord");
  g_assert_cmpint (tafel_deelnemer_get_organisatie_id (anna), ==, id_of (org));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (org_row)), ==, "Zorggroep Noord");

  /* The same name in other letters finds it again: no second one. */
  bert = add_deelnemer (f, "Bert Jansen");
  type_and_apply (org_row, "zorggroep noord");
  g_assert_cmpuint (g_list_model_get_n_items (orgs), ==, 1);
  g_assert_cmpint (tafel_deelnemer_get_organisatie_id (bert), ==, id_of (org));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (org_row)), ==, "Zorggroep Noord");

  /* Typing the start of a known organisation completes it, the rest
   * selected; applying links to it. */
  type_and_apply (org_row, "");
  g_assert_cmpint (tafel_deelnemer_get_organisatie_id (bert), ==, 0);
  gtk_widget_grab_focus (org_row);
  {
    GtkEditable *text = gtk_editable_get_delegate (GTK_EDITABLE (org_row));
    int start = 0, end = 0;

    /* As typing does: at the cursor, which moves along. */
    g_signal_emit_by_name (text, "insert-at-cursor", "zorg");
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (org_row)), ==, "zorggroep Noord");
    g_assert_true (gtk_editable_get_selection_bounds (GTK_EDITABLE (org_row), &start, &end));
    g_assert_cmpint (start, ==, 4);
    g_assert_cmpint (end, ==, 15);
  }
  g_signal_emit_by_name (org_row, "apply");
  iterate ();
  g_assert_cmpint (tafel_deelnemer_get_organisatie_id (bert), ==, id_of (org));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (org_row)), ==, "Zorggroep Noord");
  g_assert_cmpuint (g_list_model_get_n_items (orgs), ==, 1);

  /* A name with a control character is refused: nothing is added. */
  type_and_apply (org_row, "Zorg\007kracht");
  g_assert_cmpuint (g_list_model_get_n_items (orgs), ==, 1);
  g_assert_cmpint (tafel_deelnemer_get_organisatie_id (bert), ==, id_of (org));
  g_assert_true (gtk_widget_has_css_class (org_row, "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (org_row)), ==, "Zorggroep Noord");

  /* An empty organisation unlinks it. */
  type_and_apply (org_row, "");
  g_assert_cmpint (tafel_deelnemer_get_organisatie_id (bert), ==, 0);

  /* Function and role. */
  type_and_apply (deelnemer_field (f, "function"), "Gedragswetenschapper");
  g_assert_cmpstr (tafel_deelnemer_get_function (bert), ==, "Gedragswetenschapper");
  adw_combo_row_set_selected (ADW_COMBO_ROW (deelnemer_field (f, "role")),
                              (guint) tafel_choice_index (tafel_deelnemer_roles, "gemeente"));
  g_assert_cmpstr (tafel_deelnemer_get_role (bert), ==, "gemeente");

  /* A name may not be empty. */
  type_and_apply (deelnemer_field (f, "name"), "");
  g_assert_cmpstr (tafel_deelnemer_get_name (bert), ==, "Bert Jansen");
  g_assert_true (gtk_widget_has_css_class (deelnemer_field (f, "name"), "error"));

  /* Attendance per session, stored at once. */
  present = tafel_deelnemer_editor_get_attendance_check (editor, id_of (sessie));
  g_assert_nonnull (present);
  g_assert_false (gtk_check_button_get_active (present));
  gtk_check_button_set_active (present, TRUE);
  iterate ();
  g_assert_true (is_present (f, bert, sessie));
  g_assert_false (is_present (f, anna, sessie));
  gtk_check_button_set_active (present, FALSE);
  iterate ();
  g_assert_false (is_present (f, bert, sessie));

  /* Attendance set elsewhere shows here. */
  {
    g_autoptr(GError) error = NULL;
    g_assert_true (tafel_store_set_present (f->store, bert, sessie, TRUE, &error));
    g_assert_no_error (error);
    iterate ();
    g_assert_true (gtk_check_button_get_active (present));
  }

  /* The most important advice: stored when the focus leaves it. */
  advies = deelnemer_field (f, "advies");
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (advies));
  gtk_widget_grab_focus (advies);
  gtk_text_buffer_set_text (buffer, "Houd de intensiteiten eenvoudig.\nEn de duur realistisch.", -1);
  gtk_widget_grab_focus (deelnemer_field (f, "function"));
  iterate ();
  g_assert_cmpstr (tafel_deelnemer_get_advies (bert), ==, "Houd de intensiteiten eenvoudig.\nEn de duur realistisch.");

  /* Add without a typed name: "New participant", ready to be renamed. */
  g_assert_true (gtk_widget_activate_action (f->page, "deelnemers.add", NULL));
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (deelnemers), ==, 3);
  g_assert_cmpstr (tafel_deelnemer_get_name (tafel_deelnemers_page_get_current (deelnemers_page (f))), ==,
                   "New participant");
}

static void
test_deelnemers_search_delete_undo (Fixture      *f,
                                    gconstpointer data)
{
  GListModel *deelnemers = tafel_traject_model_get_list (f->model, TAFEL_TYPE_DEELNEMER);
  GtkListBox *list = tafel_deelnemers_page_get_list (deelnemers_page (f));
  GtkWidget *search = tafel_deelnemers_page_get_search_entry (deelnemers_page (f));
  TafelDeelnemer *anna, *bert;

  anna = add_deelnemer (f, "Anna de Vries");
  type_and_apply (deelnemer_field (f, "organisatie_id"), "Zorggroep Noord");
  bert = add_deelnemer (f, "Bert Jansen");
  type_and_apply (deelnemer_field (f, "function"), "Jeugdzorgwerker");

  /* Search by name, by organisation, by function. */
  gtk_editable_set_text (GTK_EDITABLE (search), "anna");
  g_signal_emit_by_name (search, "search-changed");
  iterate ();
  g_assert_nonnull (gtk_list_box_get_row_at_index (list, 0));
  g_assert_null (gtk_list_box_get_row_at_index (list, 1));
  gtk_editable_set_text (GTK_EDITABLE (search), "NOORD");
  g_signal_emit_by_name (search, "search-changed");
  iterate ();
  g_assert_true (tafel_deelnemer_row_get_deelnemer (TAFEL_DEELNEMER_ROW (gtk_list_box_get_row_at_index (list, 0))) == (gpointer) anna);
  g_assert_null (gtk_list_box_get_row_at_index (list, 1));
  gtk_editable_set_text (GTK_EDITABLE (search), "jeugdzorg");
  g_signal_emit_by_name (search, "search-changed");
  iterate ();
  g_assert_true (tafel_deelnemer_row_get_deelnemer (TAFEL_DEELNEMER_ROW (gtk_list_box_get_row_at_index (list, 0))) == (gpointer) bert);
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  g_signal_emit_by_name (search, "search-changed");
  iterate ();
  g_assert_nonnull (gtk_list_box_get_row_at_index (list, 1));

  /* Delete with undo. */
  g_assert_true (tafel_deelnemers_page_get_current (deelnemers_page (f)) == bert);
  g_assert_true (press_key (GTK_WIDGET (list), GDK_KEY_Delete, 0));
  g_assert_cmpuint (g_list_model_get_n_items (deelnemers), ==, 1);
  g_assert_true (tafel_deelnemers_page_get_current (deelnemers_page (f)) == anna);
  press_undo (f);
  g_assert_cmpuint (g_list_model_get_n_items (deelnemers), ==, 2);
  g_assert_true (tafel_deelnemers_page_get_current (deelnemers_page (f)) == bert);
  g_assert_cmpstr (tafel_deelnemer_get_function (bert), ==, "Jeugdzorgwerker");
}

static void
test_deelnemers_organisaties (Fixture      *f,
                              gconstpointer data)
{
  TafelOrganisatiesEditor *editor = tafel_deelnemers_page_get_organisaties_editor (deelnemers_page (f));
  GListModel *orgs = tafel_traject_model_get_list (f->model, TAFEL_TYPE_ORGANISATIE);
  TafelDeelnemer *anna;
  TafelOrganisatie *a, *b;
  GtkWidget *row_b;

  anna = add_deelnemer (f, "Anna de Vries");
  type_and_apply (deelnemer_field (f, "organisatie_id"), "Accare");

  /* The "Organisations" row shows their editor; add one there. */
  gtk_list_box_select_row (GTK_LIST_BOX (gtk_widget_get_parent (tafel_deelnemers_page_get_organisaties_row (deelnemers_page (f)))),
                           GTK_LIST_BOX_ROW (tafel_deelnemers_page_get_organisaties_row (deelnemers_page (f))));
  iterate ();
  g_assert_cmpstr (tafel_deelnemers_page_get_visible_content (deelnemers_page (f)), ==, "organisaties");
  type_and_apply (tafel_organisaties_editor_get_add_row (editor), "Bureau Jeugdzorg");
  g_assert_cmpuint (g_list_model_get_n_items (orgs), ==, 2);
  a = nth_item (orgs, 0);
  b = nth_item (orgs, 1);
  g_assert_cmpstr (tafel_organisatie_get_name (a), ==, "Accare");
  g_assert_cmpstr (tafel_organisatie_get_name (b), ==, "Bureau Jeugdzorg");

  /* Adding a name that exists adds nothing. */
  type_and_apply (tafel_organisaties_editor_get_add_row (editor), "accare");
  g_assert_cmpuint (g_list_model_get_n_items (orgs), ==, 2);

  /* Renaming to a name that is taken is refused with the store's message. */
  row_b = tafel_organisaties_editor_get_row (editor, id_of (b));
  g_assert_nonnull (row_b);
  type_and_apply (row_b, "ACCARE");
  g_assert_cmpstr (tafel_organisatie_get_name (b), ==, "Bureau Jeugdzorg");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row_b)), ==, "Bureau Jeugdzorg");
  g_assert_true (gtk_widget_has_css_class (row_b, "error"));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (row_b), "ACCARE"));

  /* A free name is stored; the participant's field shows the new name. */
  type_and_apply (tafel_organisaties_editor_get_row (editor, id_of (a)), "Accare Kind en Jeugd");
  g_assert_cmpstr (tafel_organisatie_get_name (a), ==, "Accare Kind en Jeugd");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (deelnemer_field (f, "organisatie_id"))), ==,
                   "Accare Kind en Jeugd");

  /* Delete with undo: the participant keeps the link. */
  g_signal_emit_by_name (tafel_organisaties_editor_get_delete_button (editor, id_of (a)), "clicked");
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (orgs), ==, 1);
  g_assert_null (tafel_organisaties_editor_get_row (editor, id_of (a)));
  press_undo (f);
  g_assert_cmpuint (g_list_model_get_n_items (orgs), ==, 2);
  g_assert_nonnull (tafel_organisaties_editor_get_row (editor, id_of (a)));
  g_assert_cmpint (tafel_deelnemer_get_organisatie_id (anna), ==, id_of (a));
}

static void
test_deelnemers_no_model (void)
{
  GtkWidget *page = g_object_ref_sink (tafel_deelnemers_page_new ());

  g_assert_cmpstr (tafel_deelnemers_page_get_visible_content (TAFEL_DEELNEMERS_PAGE (page)), ==, "empty");
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (gtk_widget_get_template_child (page, TAFEL_TYPE_DEELNEMERS_PAGE,
                                                                                      "add_button"))));
  g_assert_false (gtk_widget_get_sensitive (tafel_deelnemers_page_get_add_entry (TAFEL_DEELNEMERS_PAGE (page))));
  gtk_widget_activate_action (page, "deelnemers.add", NULL);
  g_assert_null (tafel_deelnemers_page_get_current (TAFEL_DEELNEMERS_PAGE (page)));
  g_assert_finalize_object (page);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/sessies/no-model", test_sessies_no_model);
  g_test_add ("/sessies/add-and-date", Fixture, GINT_TO_POINTER (FALSE),
              fixture_setup, test_sessies_add_and_date, fixture_teardown);
  g_test_add ("/sessies/times-and-deadline", Fixture, GINT_TO_POINTER (FALSE),
              fixture_setup, test_sessies_times_and_deadline, fixture_teardown);
  g_test_add ("/sessies/agenda", Fixture, GINT_TO_POINTER (FALSE),
              fixture_setup, test_sessies_agenda, fixture_teardown);
  g_test_add ("/sessies/delete-undo", Fixture, GINT_TO_POINTER (FALSE),
              fixture_setup, test_sessies_delete_undo, fixture_teardown);
  g_test_add ("/sessies/close-keeps-data", Fixture, GINT_TO_POINTER (FALSE),
              fixture_setup, test_sessies_close_keeps_data, fixture_teardown);
  g_test_add ("/sessies/vraagblokken", Fixture, GINT_TO_POINTER (FALSE),
              fixture_setup, test_sessies_vraagblokken, fixture_teardown);

  g_test_add_func ("/deelnemers/no-model", test_deelnemers_no_model);
  g_test_add ("/deelnemers/add-and-edit", Fixture, GINT_TO_POINTER (TRUE),
              fixture_setup, test_deelnemers_add_and_edit, fixture_teardown);
  g_test_add ("/deelnemers/search-delete-undo", Fixture, GINT_TO_POINTER (TRUE),
              fixture_setup, test_deelnemers_search_delete_undo, fixture_teardown);
  g_test_add ("/deelnemers/organisaties", Fixture, GINT_TO_POINTER (TRUE),
              fixture_setup, test_deelnemers_organisaties, fixture_teardown);

  return g_test_run ();
}
