// The least a fan-out over loopback TCP can take on this machine: one process sends one small message (the size of
// an opportunityChanged event) to each of N sockets, from T threads; another process, the receivers, waits on all N
// with epoll and stamps each arrival. No WebSocket framing, no GraphQL, no allocation: whatever a real server
// measures above these figures is its own work. Latency runs from the start of a round to each arrival.
//
//   gcc -O2 -pthread -o /tmp/tcp-floor bench/tcp-floor/floor.c && /tmp/tcp-floor 10000 20 2
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

enum { MessageBytes = 260, RoundGapMicroseconds = 300000 };

static int *senders, sockets, threads;
static char message[MessageBytes];

static long now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t); // the same clock in both processes, so their stamps compare
  return t.tv_sec * 1000000000L + t.tv_nsec;
}

static int by_value(const void *a, const void *b) {
  long x = *(const long *)a, y = *(const long *)b;
  return x < y ? -1 : x > y;
}

static void *send_share(void *index) {
  for (int i = (int)(long)index; i < sockets; i += threads)
    if (send(senders[i], message, MessageBytes, 0) != MessageBytes) perror("send");
  return NULL;
}

static void receive(struct sockaddr_in address, int rounds, int ready, int starts) {
  int one = 1, poll = epoll_create1(0), *receivers = malloc(sockets * sizeof(int));
  for (int i = 0; i < sockets; i++) {
    receivers[i] = socket(AF_INET, SOCK_STREAM, 0);
    if (connect(receivers[i], (struct sockaddr *)&address, sizeof address)) { perror("connect"); exit(1); }
    setsockopt(receivers[i], IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    fcntl(receivers[i], F_SETFL, O_NONBLOCK);
    struct epoll_event interest = {.events = EPOLLIN, .data.u32 = (unsigned)i};
    epoll_ctl(poll, EPOLL_CTL_ADD, receivers[i], &interest);
  }
  if (write(ready, "r", 1) != 1) exit(1);
  long *latencies = malloc(sizeof(long) * sockets * rounds);
  int count = 0;
  char buffer[4096];
  struct epoll_event events[256];
  for (int round = 0; round < rounds; round++) {
    long start;
    if (read(starts, &start, sizeof start) != sizeof start) exit(1);
    for (int arrived = 0; arrived < sockets;) {
      int n = epoll_wait(poll, events, 256, -1);
      for (int k = 0; k < n; k++)
        if (read(receivers[events[k].data.u32], buffer, sizeof buffer) > 0) {
          latencies[count++] = now_ns() - start;
          arrived++;
        }
    }
  }
  qsort(latencies, count, sizeof(long), by_value);
  printf("%d sockets, %d rounds, %d sending threads: p50 %.1f ms, p99 %.1f ms, max %.1f ms\n", sockets, rounds,
         threads, latencies[count / 2] / 1e6, latencies[(int)(count * 0.99)] / 1e6, latencies[count - 1] / 1e6);
}

int main(int argc, char **argv) {
  if (argc < 3) { fprintf(stderr, "usage: %s SOCKETS ROUNDS [THREADS]\n", argv[0]); return 2; }
  sockets = atoi(argv[1]);
  int rounds = atoi(argv[2]);
  threads = argc > 3 ? atoi(argv[3]) : 1;
  if (threads < 1 || threads > 64) threads = 1;
  struct rlimit files = {(rlim_t)sockets * 2 + 100, (rlim_t)sockets * 2 + 100};
  setrlimit(RLIMIT_NOFILE, &files);
  memset(message, 'x', MessageBytes);

  int one = 1, listener = socket(AF_INET, SOCK_STREAM, 0);
  setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  struct sockaddr_in address = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
  socklen_t length = sizeof address;
  if (bind(listener, (struct sockaddr *)&address, length) || listen(listener, 4096)) { perror("listen"); return 1; }
  getsockname(listener, (struct sockaddr *)&address, &length);
  int ready[2], starts[2];
  if (pipe(ready) || pipe(starts)) return 1;
  pid_t receivers = fork();
  if (receivers == 0) { receive(address, rounds, ready[1], starts[0]); return 0; }

  senders = malloc(sockets * sizeof(int));
  for (int i = 0; i < sockets; i++) {
    senders[i] = accept(listener, NULL, NULL);
    setsockopt(senders[i], IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  }
  char signal;
  if (read(ready[0], &signal, 1) != 1) return 1;
  pthread_t workers[64];
  for (int round = 0; round < rounds; round++) {
    usleep(RoundGapMicroseconds);
    long start = now_ns();
    if (write(starts[1], &start, sizeof start) != sizeof start) return 1;
    for (long t = 0; t < threads; t++) pthread_create(&workers[t], NULL, send_share, (void *)t);
    for (int t = 0; t < threads; t++) pthread_join(workers[t], NULL);
  }
  waitpid(receivers, NULL, 0);
  return 0;
}
