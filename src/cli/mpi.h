// MPI through Boost.MPI, in one place. Promises: MPI starts only when the
// process was launched by mpirun (or another MPI launcher); a plain `relmap`
// never touches it. Built without MPI, every function is the one-process case.
#pragma once
#include <string>
#include <vector>

namespace relmap::mpi {

// Starts MPI when launched by an MPI launcher. Call once, first thing in main.
void start(int* argc, char*** argv);
int rank();  // 0 when not under MPI
int size();  // 1 when not under MPI

// Every rank's `local` bytes, in rank order, at the root (rank 0); empty elsewhere.
std::vector<std::string> gather_at_root(const std::string& local);

// Ends a rank other than the root: finalises MPI and exits with status 0.
[[noreturn]] void finish_worker();

}  // namespace relmap::mpi
