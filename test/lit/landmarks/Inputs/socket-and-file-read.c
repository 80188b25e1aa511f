/* A tiny TCP status server: each request is answered with the current
   contents of a status file, and a line is appended to a log file. The
   socket read() is an arrival; the file read() and the log write() are
   other I/O. */
#include <fcntl.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define STATUS_PATH "/run/status.txt"

static int listener;
static int logfd = -1;

static ssize_t load_status(char *out, size_t cap) {
  int f = open(STATUS_PATH, O_RDONLY);
  if (f < 0)
    return -1;
  ssize_t n = read(f, out, cap);
  close(f);
  return n;
}

int main(void) {
  listener = socket(AF_INET, SOCK_STREAM, 0);
  if (listener < 0) {
    perror("socket");
    return 1;
  }
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof(addr));
  addr.sin_family = AF_INET;
  addr.sin_port = htons(8081);
  if (bind(listener, (struct sockaddr *)&addr, sizeof(addr)) < 0 ||
      listen(listener, 8) < 0) {
    perror("bind/listen");
    return 1;
  }
  logfd = open("/var/log/statusd.log", O_WRONLY | O_APPEND | O_CREAT, 0644);
  char req[256], resp[512];
  for (;;) {
    int conn = accept(listener, NULL, NULL);
    if (conn < 0)
      continue;
    ssize_t n = read(conn, req, sizeof(req));
    if (n > 0) {
      ssize_t m = load_status(resp, sizeof(resp));
      if (m < 0)
        m = 0;
      if (logfd >= 0)
        write(logfd, "status request\n", 15);
      write(conn, resp, m);
    }
    close(conn);
  }
}
