/* test-capture.c: placeholder, to be written */
#include <gtk/gtk.h>

static void
test_todo (void)
{
  g_test_skip ("not written yet");
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/capture/todo", test_todo);
  return g_test_run ();
}
